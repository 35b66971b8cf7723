import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { endApplicantVisit } from '$lib/server/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, localizeHref('/start'));

export const actions: Actions = {
	/** Ends the session on the server too, so the cookie is worthless if copied. */
	default: (event) => {
		endApplicantVisit(event, appDb());
		redirect(303, localizeHref('/start'));
	}
};
