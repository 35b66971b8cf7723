import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { deleteDraft } from '$lib/server/booking/registration-drafts';
import { draftCookie } from '$lib/server/cookies';
import { newCredentials } from '$lib/server/registration/new-credentials';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const { code, pin } = newCredentials(event);
	return { code, pin };
};

export const actions: Actions = {
	/** The person says they saved the code and PIN: the PIN is forgotten for good. */
	default: (event) => {
		const { draftId } = newCredentials(event);
		deleteDraft(appDb(), draftId);
		event.cookies.delete(draftCookie, { path: '/' });
		redirect(303, localizeHref('/request/ports'));
	}
};
