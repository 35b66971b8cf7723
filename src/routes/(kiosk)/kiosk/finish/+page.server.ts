/**
 * The end of a kiosk visit (Finish, or the idle countdown): the person's session and draft
 * end on the server, their cookies go, and the service worker clears the device (see
 * service-worker.ts). The Start screen follows.
 */
import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { appendAudit } from '$lib/server/audit/audit-log';
import { endApplicantVisit } from '$lib/server/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, localizeHref('/kiosk', { locale: 'en' }));

export const actions: Actions = {
	default: (event) => {
		const kiosk = event.locals.kioskDevice;
		if (!kiosk) error(401, 'Not an enrolled kiosk');
		endApplicantVisit(event, appDb());
		appendAudit(
			appDb(),
			{
				actor: { kind: 'kiosk', id: kiosk.id },
				action: 'kiosk.visit_ended',
				subject: `kiosk:${kiosk.id}`
			},
			Date.now()
		);
		// The Start screen speaks every language: it is always the same page.
		redirect(303, localizeHref('/kiosk', { locale: 'en' }));
	}
};
