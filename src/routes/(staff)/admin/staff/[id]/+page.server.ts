import { error, fail } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import { readFields } from '$lib/schemas/form-values';
import { roleFitsOrganisation, validateStaffChange } from '$lib/schemas/staff';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import {
	changeStaff,
	findOrganisation,
	findStaff,
	listOrganisations
} from '$lib/server/staff/staff-users';
import type { Actions, PageServerLoad } from './$types';

function memberOr404(id: string) {
	const found = /^\d{1,9}$/.test(id) ? findStaff(appDb(), Number(id)) : undefined;
	if (!found) error(404, 'No such member of staff');
	return found;
}

export const load: PageServerLoad = (event) => {
	const admin = requireStaff(event, admins);
	const member = memberOr404(event.params.id);
	return {
		member: {
			id: member.id,
			name: member.name,
			email: member.email,
			role: member.role,
			organisation: String(member.organisationId),
			active: member.active
		},
		own: member.id === admin.id,
		organisations: listOrganisations(appDb()).map((o) => ({ value: String(o.id), label: o.name }))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const admin = requireStaff(event, admins);
		const member = memberOr404(event.params.id);
		const values = readFields(await readForm(event), ['name', 'role', 'organisation'] as const);
		const checked = validateStaffChange(values);
		if (!checked.ok) return fail(400, { values, errors: errorText(checked.errors) });
		const change = checked.value;
		const organisation = findOrganisation(appDb(), change.organisationId);
		const problems = errorText({
			organisation: !organisation
				? 'staff_organisation_required'
				: !roleFitsOrganisation(change.role, organisation)
					? 'staff_officer_needs_port'
					: undefined,
			// An administrator cannot take away their own rights (nor lock everyone out).
			role: member.id === admin.id && change.role !== member.role ? 'staff_own_role' : undefined
		});
		if (Object.keys(problems).length) return fail(400, { values, errors: problems });
		changeStaff(appDb(), member.id, change, { kind: 'staff', id: admin.id }, Date.now());
		return { saved: true };
	}
};
