import { redirect } from '@sveltejs/kit';
import { auditForApplicant } from '$lib/server/audit/for-applicant';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { activeRequest, cancelActiveRequest } from '$lib/server/booking/requests';
import { requireAccount } from '$lib/server/request-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const accountId = requireAccount(event);
	if (!activeRequest(appDb(), accountId)) redirect(303, localizeHref('/status'));
	return {};
};

export const actions: Actions = {
	/** Idempotent: cancelling twice leaves one cancelled request and says so once. */
	default: (event) => {
		const accountId = requireAccount(event);
		const cancelled = cancelActiveRequest(appDb(), accountId, Date.now());
		if (cancelled) auditForApplicant(event, 'request.cancelled');
		redirect(303, localizeHref(cancelled ? '/status?done=cancelled' : '/status'));
	}
};
