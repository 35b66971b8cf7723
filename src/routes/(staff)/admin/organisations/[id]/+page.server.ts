import { error, fail } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { readFields } from '$lib/schemas/form-values';
import { allPorts } from '$lib/server/ports/port-admin';
import { checkOrganisationFields } from '$lib/server/staff/organisation-form';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import { changeOrganisation, findOrganisation, listStaff } from '$lib/server/staff/staff-users';
import type { Actions, PageServerLoad } from './$types';

function organisationOr404(id: string) {
	const found = /^\d{1,9}$/.test(id) ? findOrganisation(appDb(), Number(id)) : undefined;
	if (!found) error(404, 'No such organisation');
	return found;
}

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const organisation = organisationOr404(event.params.id);
	const db = appDb();
	return {
		organisation: {
			id: organisation.id,
			name: organisation.name,
			kind: organisation.kind,
			port: organisation.portId ?? ''
		},
		members: listStaff(db, organisation.id).map((s) => ({
			id: s.id,
			name: s.name,
			role: s.role,
			active: s.active
		})),
		ports: allPorts(db).map((p) => ({ value: p.id, label: p.name }))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const admin = requireStaff(event, admins);
		const organisation = organisationOr404(event.params.id);
		const values = readFields(await readForm(event), ['org_name', 'org_port'] as const);
		const { name, portId, errors } = checkOrganisationFields(appDb(), values, organisation.kind);
		if (Object.keys(errors).length) return fail(400, { values, errors });
		changeOrganisation(
			appDb(),
			organisation.id,
			{ name, portId },
			{ kind: 'staff', id: admin.id },
			Date.now()
		);
		return { saved: true };
	}
};
