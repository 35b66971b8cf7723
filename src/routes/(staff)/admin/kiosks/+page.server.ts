import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { cleanText, readFields } from '$lib/schemas/form-values';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import { createKioskEnrolment, listKiosks, revokeKiosk } from '$lib/server/kiosk/kiosks';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import { listOrganisations } from '$lib/server/staff/staff-users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const db = appDb();
	return {
		kiosks: listKiosks(db),
		organisations: listOrganisations(db).map((o) => ({ value: String(o.id), label: o.name }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const admin = requireStaff(event, admins);
		const fields = readFields(await readForm(event), ['name', 'organisation'] as const);
		const name = cleanText(fields.name).slice(0, 100);
		const organisationId = Number(fields.organisation);
		const errors: Record<string, string> = {};
		if (!name) errors.name = m.kiosk_name_required();
		if (!listOrganisations(appDb()).some((o) => o.id === organisationId)) {
			Object.assign(errors, errorText({ organisation: 'staff_organisation_required' }));
		}
		if (Object.keys(errors).length) return fail(400, { values: fields, errors });
		const made = createKioskEnrolment(
			appDb(),
			{ name, organisationId },
			{ kind: 'staff', id: admin.id },
			Date.now()
		);
		return { enrolmentCode: made.code };
	},
	revoke: async (event) => {
		const admin = requireStaff(event, admins);
		const { id } = readFields(await readForm(event), ['id'] as const);
		if (!/^\d{1,9}$/.test(id)) error(404, 'No such kiosk');
		revokeKiosk(appDb(), Number(id), { kind: 'staff', id: admin.id }, Date.now());
		return {};
	}
};
