import { fail, redirect } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import { localizeHref } from '$lib/paraglide/runtime';
import { addPort, allPorts } from '$lib/server/ports/port-admin';
import { readPortForm, timeZoneChoices } from '$lib/server/ports/port-form';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	return {
		ports: allPorts(appDb()).map((p) => ({
			id: p.id,
			name: p.name,
			address: p.address,
			timezone: p.timezone,
			active: p.active
		})),
		timeZones: timeZoneChoices()
	};
};

export const actions: Actions = {
	add: async (event) => {
		const admin = requireStaff(event, admins);
		const { values, result } = readPortForm(await readForm(event));
		if (!result.ok) return fail(400, { values, errors: errorText(result.errors) });
		const id = addPort(appDb(), result.value, { kind: 'staff', id: admin.id }, Date.now());
		redirect(303, localizeHref(`/admin/ports/${id}?saved=added`));
	}
};
