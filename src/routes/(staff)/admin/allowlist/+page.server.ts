import { fail } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import { addressKey } from '$lib/fraud/normalise';
import { cleanText, readFields } from '$lib/schemas/form-values';
import { allowAddress, disallowAddress, listAllowlist } from '$lib/server/fraud/allowlist';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import type { FieldErrors } from '$lib/schemas/result';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	return { entries: listAllowlist(appDb()).map((e) => ({ key: e.addressKey, label: e.label })) };
};

export const actions: Actions = {
	add: async (event) => {
		const admin = requireStaff(event, admins);
		const fields = readFields(await readForm(event), ['label', 'line1', 'line2', 'zip'] as const);
		const label = cleanText(fields.label).slice(0, 100);
		const problems: FieldErrors = {};
		if (!label) problems.label = 'allowlist_label_required';
		const key = addressKey({
			line1: cleanText(fields.line1),
			line2: cleanText(fields.line2),
			zip: fields.zip
		});
		if (!cleanText(fields.line1)) problems.line1 = 'allowlist_line1_required';
		else if (!/^\s*\d{5}(-\d{4})?\s*$/.test(fields.zip)) problems.zip = 'allowlist_zip_invalid';
		else if (!key) problems.line1 = 'allowlist_line1_no_number';
		if (Object.keys(problems).length || !key)
			return fail(400, { values: fields, errors: errorText(problems) });
		allowAddress(appDb(), key, label, { kind: 'staff', id: admin.id }, Date.now());
		return { added: key };
	},
	remove: async (event) => {
		const admin = requireStaff(event, admins);
		const { key } = readFields(await readForm(event), ['key'] as const);
		disallowAddress(appDb(), key, { kind: 'staff', id: admin.id }, Date.now());
		return { removed: true };
	}
};
