/** Guards for the request pages: a signed-in account without an active request. */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from './app';
import { activeRequest } from './booking/requests';

/** The signed-in account, or a redirect to sign-in. Checked inside every load and action. */
export function requireAccount(event: RequestEvent): number {
	const accountId = event.locals.accountId;
	if (accountId === null) redirect(303, localizeHref('/sign-in'));
	return accountId;
}

/** An account that already waits (or has an offer) has nothing new to ask for. */
export function requireNoActiveRequest(event: RequestEvent): number {
	const accountId = requireAccount(event);
	if (activeRequest(appDb(), accountId)) redirect(303, localizeHref('/status'));
	return accountId;
}
