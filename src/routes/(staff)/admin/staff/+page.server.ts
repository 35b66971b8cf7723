import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { readFields } from '$lib/schemas/form-values';
import { organisationKinds } from '$lib/server/db/schema';
import { roleFitsOrganisation, validateNewStaff } from '$lib/schemas/staff';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import { allPorts } from '$lib/server/ports/port-admin';
import { checkOrganisationFields } from '$lib/server/staff/organisation-form';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import {
	createOrganisation,
	createStaff,
	findOrganisation,
	findStaff,
	listOrganisations,
	listStaff,
	resetStaffPassword,
	setStaffActive
} from '$lib/server/staff/staff-users';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const db = appDb();
	const organisations = listOrganisations(db);
	return {
		staff: listStaff(db),
		organisations: organisations.map((o) => ({ value: String(o.id), label: o.name })),
		organisationDetails: organisations.map((o) => ({
			id: o.id,
			name: o.name,
			kind: o.kind,
			port: o.portId
		})),
		ports: allPorts(db).map((p) => ({ value: p.id, label: p.name }))
	};
};

/** The member of staff a row's button is about; never the admin themself (no self-lockout). */
async function target(event: RequestEvent, actorId: number) {
	const id = readFields(await readForm(event), ['id'] as const).id;
	const found = /^\d{1,9}$/.test(id) ? findStaff(appDb(), Number(id)) : undefined;
	if (!found) error(404, 'No such member of staff');
	if (found.id === actorId) error(400, 'Not on your own account');
	return found;
}

export const actions: Actions = {
	create: async (event) => {
		const admin = requireStaff(event, admins);
		const fields = readFields(await readForm(event), [
			'name',
			'email',
			'role',
			'organisation'
		] as const);
		const checked = validateNewStaff(fields);
		if (!checked.ok) return fail(400, { values: fields, errors: errorText(checked.errors) });
		const db = appDb();
		const chosen = findOrganisation(db, checked.value.organisationId);
		if (!chosen || !roleFitsOrganisation(checked.value.role, chosen)) {
			return fail(400, {
				values: fields,
				errors: errorText({
					organisation: chosen ? 'staff_officer_needs_port' : 'staff_organisation_required'
				})
			});
		}
		const made = await createStaff(db, checked.value, { kind: 'staff', id: admin.id }, Date.now());
		if (made === 'email-taken') {
			return fail(400, { values: fields, errors: errorText({ email: 'staff_email_taken' }) });
		}
		return { oneTime: { name: checked.value.name, password: made.password } };
	},
	reset: async (event) => {
		const admin = requireStaff(event, admins);
		const member = await target(event, admin.id);
		const password = await resetStaffPassword(
			appDb(),
			member.id,
			{ kind: 'staff', id: admin.id },
			Date.now()
		);
		return { oneTime: { name: member.name, password: password! } };
	},
	organisation: async (event) => {
		const admin = requireStaff(event, admins);
		const fields = readFields(await readForm(event), ['org_name', 'org_kind', 'org_port'] as const);
		const kind = organisationKinds.find((k) => k === fields.org_kind);
		const { name, portId, errors } = checkOrganisationFields(appDb(), fields, kind ?? 'ngo');
		if (!kind) errors.org_kind = m.staff_org_kind_required();
		if (Object.keys(errors).length) return fail(400, { values: fields, errors });
		createOrganisation(
			appDb(),
			{ name, kind: kind!, portId },
			{ kind: 'staff', id: admin.id },
			Date.now()
		);
		return {};
	},
	deactivate: async (event) => {
		const admin = requireStaff(event, admins);
		const member = await target(event, admin.id);
		setStaffActive(appDb(), member.id, false, { kind: 'staff', id: admin.id }, Date.now());
		return {};
	},
	activate: async (event) => {
		const admin = requireStaff(event, admins);
		const member = await target(event, admin.id);
		setStaffActive(appDb(), member.id, true, { kind: 'staff', id: admin.id }, Date.now());
		return {};
	}
};
