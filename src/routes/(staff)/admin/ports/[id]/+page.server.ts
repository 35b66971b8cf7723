import { error, fail } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import { findPort, setPortActive, updatePort } from '$lib/server/ports/port-admin';
import { readPortForm, timeZoneChoices } from '$lib/server/ports/port-form';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import type { Actions, PageServerLoad } from './$types';

function portOr404(id: string) {
	const found = findPort(appDb(), id);
	if (!found) error(404, 'No such port');
	return found;
}

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const port = portOr404(event.params.id);
	return {
		port: {
			id: port.id,
			name: port.name,
			address: port.address,
			timezone: port.timezone,
			active: port.active,
			instructions: port.instructions
		},
		timeZones: timeZoneChoices(port.timezone),
		saved: event.url.searchParams.get('saved')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const admin = requireStaff(event, admins);
		portOr404(event.params.id);
		const { values, result } = readPortForm(await readForm(event));
		if (!result.ok) return fail(400, { values, errors: errorText(result.errors) });
		updatePort(appDb(), event.params.id, result.value, { kind: 'staff', id: admin.id }, Date.now());
		return { saved: 'changed' as const };
	},
	close: (event) => {
		const admin = requireStaff(event, admins);
		portOr404(event.params.id);
		setPortActive(appDb(), event.params.id, false, { kind: 'staff', id: admin.id }, Date.now());
		return { saved: 'closed' as const };
	},
	reopen: (event) => {
		const admin = requireStaff(event, admins);
		portOr404(event.params.id);
		setPortActive(appDb(), event.params.id, true, { kind: 'staff', id: admin.id }, Date.now());
		return { saved: 'reopened' as const };
	}
};
