import { readForm } from '$lib/server/read-form';
import { auditForApplicant } from '$lib/server/audit/for-applicant';
import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { minutesToWait } from '$lib/server/auth/rate-limit-policy';
import { networkHash } from '$lib/server/fraud/network';
import { pseudonymKey } from '$lib/server/keys';
import { takeRequestSend } from '$lib/server/submissions/limits';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { nextRunText } from '$lib/server/allocation/next-run';
import {
	deleteRequestDraft,
	loadRequestDraft,
	submissionKeyFor
} from '$lib/server/booking/request-drafts';
import { partySize, submitRequest } from '$lib/server/booking/requests';
import { formatIsoDate } from '$lib/format';
import { portNames } from '$lib/server/ports';
import { requireAccount, requireNoActiveRequest } from '$lib/server/request-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const accountId = requireNoActiveRequest(event);
	const db = appDb();
	const draft = loadRequestDraft(db, accountId);
	if (!draft.portIds?.length) redirect(303, localizeHref('/request/ports'));
	if (!draft.earliestDate) redirect(303, localizeHref('/request/date'));
	return {
		partySize: partySize(db, accountId),
		ports: portNames(db, draft.portIds),
		earliestDate: formatIsoDate(draft.earliestDate, event.locals.locale),
		submissionKey: submissionKeyFor(db, accountId, Date.now()),
		runTime: nextRunText(appDb(), Date.now(), event.locals.locale).time
	};
};

const keyPattern = /^[0-9a-f-]{36}$/;

export const actions: Actions = {
	/**
	 * Idempotent: the form carries a one-time key. A resend (double tap, retry after a
	 * timeout) finds the request the first one made and shows its status.
	 */
	default: async (event) => {
		const accountId = requireAccount(event);
		const form = await readForm(event);
		const db = appDb();
		const draft = loadRequestDraft(db, accountId);
		if (!draft.portIds?.length || !draft.earliestDate) redirect(303, localizeHref('/status'));
		const sent = form.get('submission_key');
		const submissionKey =
			typeof sent === 'string' && keyPattern.test(sent)
				? sent
				: submissionKeyFor(db, accountId, Date.now());
		const now = Date.now();
		const until = takeRequestSend(
			db,
			{
				accountId,
				network: networkHash(event.getClientAddress(), pseudonymKey()),
				kioskId: event.locals.kioskDevice?.id ?? null,
				staff: event.locals.actingStaffId !== null
			},
			now
		);
		if (until) {
			const text = m.request_too_many({ minutes: minutesToWait(until, now) });
			return fail(429, { submissionKey, errors: { send: text } });
		}
		const { outcome } = submitRequest(
			db,
			{ accountId, portIds: draft.portIds, earliestDate: draft.earliestDate, submissionKey },
			Date.now()
		);
		if (outcome === 'created') {
			deleteRequestDraft(db, accountId);
			auditForApplicant(event, 'request.sent', {
				ports: draft.portIds,
				earliestDate: draft.earliestDate
			});
		}
		redirect(303, localizeHref(outcome === 'already_active' ? '/status' : '/status?done=sent'));
	}
};
