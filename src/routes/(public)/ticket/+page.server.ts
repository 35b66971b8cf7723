import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb, appTicketKeys } from '$lib/server/app';
import { offerView } from '$lib/server/booking/offer-view';
import { requireAccount } from '$lib/server/request-access';
import { allowOfflineCopy } from '$lib/server/offline-copy';
import { qrPath } from '$lib/server/tickets/qr-path';
import { ticketFor } from '$lib/server/tickets/tickets';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const accountId = requireAccount(event);
	const db = appDb();
	const ticket = ticketFor(db, accountId, appTicketKeys());
	const details = offerView(db, accountId, event.locals.locale, Date.now());
	if (!ticket || !details) redirect(303, localizeHref('/status'));
	allowOfflineCopy(event);
	return { code: ticket.code, names: ticket.names, qr: qrPath(ticket.token), details };
};
