import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { endApplicantSession } from '$lib/server/auth/applicant-sessions';
import { clearApplicantCookies, sessionCookie } from '$lib/server/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, localizeHref('/start'));

export const actions: Actions = {
	/** Ends the session on the server too, so the cookie is worthless if copied. */
	default: (event) => {
		const token = event.cookies.get(sessionCookie);
		if (token) endApplicantSession(appDb(), token);
		clearApplicantCookies(event);
		redirect(303, localizeHref('/start'));
	}
};
