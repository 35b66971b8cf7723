/** Finding (or starting) the registration draft behind the person's cookie. */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '../app';
import { draftCookie, setDraftCookie } from '../cookies';
import { createDraft, findDraft, type Draft } from '../booking/registration-drafts';

export function currentDraft(event: RequestEvent): Draft | null {
	const token = event.cookies.get(draftCookie);
	return token ? findDraft(appDb(), token) : null;
}

/** The draft to save into; a first answer starts one (and its cookie). */
export function draftForSaving(event: RequestEvent): Draft {
	const existing = currentDraft(event);
	if (existing) return existing;
	const kioskId = event.locals.kioskDevice?.id ?? null;
	const { token, draft } = createDraft(appDb(), Date.now(), undefined, kioskId);
	setDraftCookie(event, token);
	return draft;
}

/**
 * A registration already finished goes to its code and PIN (or to the status page once they
 * were saved); a signed-in person has nothing to register.
 */
export function leaveIfRegistered(event: RequestEvent, draft: Draft | null): void {
	if (draft?.accountId && draft.assistedBy) {
		redirect(303, localizeHref(`/caseworker/applicants/${draft.accountId}`));
	}
	if (draft?.accountId) redirect(303, localizeHref(draft.pinOnce ? '/register/done' : '/status'));
	if (event.locals.accountId) redirect(303, localizeHref('/status'));
}
