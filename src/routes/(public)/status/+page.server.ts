import { appDb } from '$lib/server/app';
import { nextRunText } from '$lib/server/allocation/next-run';
import { daysWaited } from '$lib/server/allocation/schedule';
import { bookingCodeOf } from '$lib/server/booking/accounts';
import { activeStatuses, latestRequest, partySize } from '$lib/server/booking/requests';
import { formatIsoDate } from '$lib/server/format';
import { portNames } from '$lib/server/ports';
import { requireAccount } from '$lib/server/request-access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const accountId = requireAccount(event);
	const db = appDb();
	const now = Date.now();
	const request = latestRequest(db, accountId);
	return {
		code: bookingCodeOf(db, accountId) ?? '',
		partySize: partySize(db, accountId),
		banner:
			event.url.searchParams.get('sent') === '1'
				? ('sent' as const)
				: event.url.searchParams.get('cancelled') === '1'
					? ('cancelled' as const)
					: null,
		request: request
			? {
					status: request.status,
					active: activeStatuses.includes(request.status),
					ports: portNames(db, request.portIds),
					earliestDate: formatIsoDate(request.earliestDate, event.locals.locale),
					daysWaited: daysWaited(request.waitingSince, now)
				}
			: null,
		nextRun: nextRunText(now, event.locals.locale)
	};
};
