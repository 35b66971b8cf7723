import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { readFields } from '$lib/schemas/form-values';
import { validateStaffSignIn } from '$lib/schemas/staff';
import { appDb } from '$lib/server/app';
import { minutesToWait } from '$lib/server/auth/rate-limit-policy';
import { setStaffCookie } from '$lib/server/cookies';
import { errorText } from '$lib/i18n/error-text';
import { readForm } from '$lib/server/read-form';
import { signInStaff } from '$lib/server/staff/staff-sign-in';
import { startStaffSession } from '$lib/server/staff/staff-sessions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	if (event.locals.staff) redirect(303, localizeHref('/staff'));
	return { timedOut: event.url.searchParams.has('timed-out') };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event);
		const fields = readFields(form, ['email', 'password', 'code'] as const);
		// Neither the password nor the one-time code is ever sent back into the page.
		const values = { email: fields.email, password: '', code: '' };
		const checked = validateStaffSignIn(fields);
		if (!checked.ok) return fail(400, { values, errors: errorText(checked.errors) });
		const now = Date.now();
		const db = appDb();
		const result = await signInStaff(
			db,
			{ ...checked.value, address: event.getClientAddress() },
			now
		);
		if (result.ok) {
			setStaffCookie(event, startStaffSession(db, result.staffId, now));
			redirect(303, localizeHref(result.mustChangePassword ? '/staff/password' : '/staff'));
		}
		if (result.reason === 'blocked') {
			const text = m.staff_sign_in_blocked({ minutes: minutesToWait(result.until, now) });
			return fail(429, { values, errors: { email: text } });
		}
		const field = result.reason === 'wrong' ? 'email' : 'code';
		const key =
			result.reason === 'wrong'
				? 'staff_sign_in_wrong'
				: result.reason === 'code-needed'
					? 'staff_code_needed'
					: 'staff_code_wrong';
		return fail(400, { values, errors: errorText({ [field]: key }) });
	}
};
