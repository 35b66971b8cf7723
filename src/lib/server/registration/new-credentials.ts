/** The booking code and PIN just made, while the draft still holds the PIN. */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '../app';
import { bookingCodeOf } from '../booking/accounts';
import { currentDraft } from './draft-access';

export function newCredentials(event: RequestEvent): {
	draftId: string;
	accountId: number;
	/** Made by a caseworker for the group: no applicant session on this browser. */
	assisted: boolean;
	code: string;
	pin: string;
} {
	const draft = currentDraft(event);
	if (!draft?.accountId) redirect(303, localizeHref(event.locals.accountId ? '/status' : '/start'));
	if (!draft.pinOnce) redirect(303, localizeHref('/status'));
	const code = bookingCodeOf(appDb(), draft.accountId);
	if (!code) error(404, 'Not found');
	return {
		draftId: draft.id,
		accountId: draft.accountId,
		assisted: draft.assistedBy !== null,
		code,
		pin: draft.pinOnce
	};
}
