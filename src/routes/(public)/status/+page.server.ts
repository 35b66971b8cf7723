import { redirect } from '@sveltejs/kit';
import { auditForApplicant } from '$lib/server/audit/for-applicant';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { nextRunText } from '$lib/server/allocation/next-run';
import { confirmOffer, declineOffer } from '$lib/server/allocation/offers';
import { daysWaited } from '$lib/server/allocation/schedule';
import { bookingCodeOf } from '$lib/server/booking/accounts';
import { offerView } from '$lib/server/booking/offer-view';
import { activeStatuses, latestRequest, partySize } from '$lib/server/booking/requests';
import { formatIsoDate } from '$lib/format';
import { portNames } from '$lib/server/ports';
import { audioFor } from '$lib/server/audio';
import type { PromptId } from '$lib/audio/prompts';
import { requireAccount } from '$lib/server/request-access';
import { allowOfflineCopy } from '$lib/server/offline-copy';
import type { Actions, PageServerLoad } from './$types';

const banners = ['sent', 'cancelled', 'confirmed', 'declined', 'too_late'] as const;
type Banner = (typeof banners)[number];

export const load: PageServerLoad = (event) => {
	const accountId = requireAccount(event);
	const db = appDb();
	const now = Date.now();
	const request = latestRequest(db, accountId);
	const banner = event.url.searchParams.get('done');
	const offer = offerView(db, accountId, event.locals.locale, now);
	const prompt: PromptId = offer
		? offer.status === 'offered'
			? 'status_offered'
			: 'status_confirmed'
		: !request
			? 'status_none'
			: activeStatuses.includes(request.status)
				? 'status_pooled'
				: 'status_ended';
	allowOfflineCopy(event);
	return {
		audio: audioFor(db, prompt, event.locals.locale),
		code: bookingCodeOf(db, accountId) ?? '',
		partySize: partySize(db, accountId),
		banner: banners.includes(banner as Banner) ? (banner as Banner) : null,
		request: request
			? {
					status: request.status,
					active: activeStatuses.includes(request.status),
					ports: portNames(db, request.portIds),
					earliestDate: formatIsoDate(request.earliestDate, event.locals.locale),
					daysWaited: daysWaited(request.waitingSince, now)
				}
			: null,
		offer,
		nextRun: nextRunText(appDb(), now, event.locals.locale)
	};
};

export const actions: Actions = {
	/** Idempotent: a second confirm (or one after the deadline) changes nothing. */
	confirm: (event) => {
		const accountId = requireAccount(event);
		const confirmed = confirmOffer(appDb(), accountId, Date.now());
		if (confirmed) auditForApplicant(event, 'offer.confirmed');
		redirect(303, localizeHref(`/status?done=${confirmed ? 'confirmed' : 'too_late'}`));
	},
	decline: (event) => {
		const accountId = requireAccount(event);
		const declined = declineOffer(appDb(), accountId, Date.now());
		if (declined) auditForApplicant(event, 'offer.declined');
		redirect(303, localizeHref(declined ? '/status?done=declined' : '/status'));
	}
};
