import { readForm } from '$lib/server/read-form';
import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { readFields } from '$lib/schemas/form-values';
import { validateSignIn } from '$lib/schemas/sign-in';
import { appDb } from '$lib/server/app';
import { startApplicantSession } from '$lib/server/auth/applicant-sessions';
import { signInWithCode } from '$lib/server/auth/sign-in';
import { minutesToWait } from '$lib/server/auth/rate-limit-policy';
import { setSessionCookie } from '$lib/server/cookies';
import { errorText } from '$lib/i18n/error-text';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	if (event.locals.accountId) redirect(303, localizeHref('/status'));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event);
		const fields = readFields(form, ['code', 'pin'] as const);
		// The PIN is never sent back into the page.
		const values = { code: fields.code, pin: '' };
		const checked = validateSignIn(fields);
		if (!checked.ok) return fail(400, { values, errors: errorText(checked.errors) });
		const now = Date.now();
		const result = await signInWithCode(
			appDb(),
			{ ...checked.value, address: event.getClientAddress() },
			now
		);
		if (result.ok) {
			const kioskId = event.locals.kioskDevice?.id ?? null;
			const token = startApplicantSession(appDb(), result.accountId, now, null, kioskId);
			setSessionCookie(event, token);
			redirect(303, localizeHref('/status'));
		}
		if (result.reason === 'blocked') {
			const text = m.sign_in_blocked({ minutes: minutesToWait(result.until, now) });
			return fail(429, { values, errors: { code: text } });
		}
		return fail(400, { values, errors: errorText({ code: 'error_sign_in_wrong' }) });
	}
};
