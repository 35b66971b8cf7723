import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { readFields } from '$lib/schemas/form-values';
import { validateNewPassword } from '$lib/schemas/staff';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { everyone } from '$lib/server/staff/route-access';
import { changeOwnPassword } from '$lib/server/staff/staff-users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => ({
	required: requireStaff(event, everyone).mustChangePassword
});

export const actions: Actions = {
	default: async (event) => {
		const staff = requireStaff(event, everyone);
		const fields = readFields(await readForm(event), ['password', 'password_again'] as const);
		const checked = validateNewPassword(fields);
		if (!checked.ok) return fail(400, { errors: errorText(checked.errors) });
		await changeOwnPassword(appDb(), staff.id, checked.value, Date.now());
		redirect(303, localizeHref('/staff?saved=password'));
	}
};
