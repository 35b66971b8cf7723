import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { deleteDraft } from '$lib/server/booking/registration-drafts';
import { startApplicantSession } from '$lib/server/auth/applicant-sessions';
import { draftCookie, setSessionCookie } from '$lib/server/cookies';
import { newCredentials } from '$lib/server/registration/new-credentials';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const { code, pin } = newCredentials(event);
	return { code, pin };
};

export const actions: Actions = {
	/** The person says they saved the code and PIN: the PIN is forgotten for good. */
	default: (event) => {
		const { draftId, accountId, assisted } = newCredentials(event);
		if (!assisted && event.locals.accountId !== accountId) {
			// The answer that carried the new session may have been lost (a dropped connection
			// just after the account was made; the resent form came here). The draft's cookie
			// proves this browser made the account, as it did when the session was first started.
			const kioskId = event.locals.kioskDevice?.id ?? null;
			setSessionCookie(event, startApplicantSession(appDb(), accountId, Date.now(), null, kioskId));
		}
		deleteDraft(appDb(), draftId);
		event.cookies.delete(draftCookie, { path: '/' });
		redirect(303, localizeHref('/request/ports'));
	}
};
