import { config } from '$lib/server/config';
import { appDb } from '$lib/server/app';
import { bookingCodeOf } from '$lib/server/booking/accounts';
import { audioForRoute } from '$lib/server/audio';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => ({
	signedIn: event.locals.accountId !== null,
	kiosk: event.locals.kioskDevice
		? { idleSeconds: config.kioskIdleSeconds, countdownSeconds: config.kioskCountdownSeconds }
		: null,
	// A caseworker acting for a group in this browser: the pages say so, with a way out.
	actingFor:
		event.locals.actingStaffId && event.locals.accountId
			? (bookingCodeOf(appDb(), event.locals.accountId) ?? null)
			: null,
	// Staff pages: who is signed in, and how long until the session ends unused (for the warning).
	staff:
		event.route.id?.startsWith('/(staff)/') && event.locals.staff
			? {
					name: event.locals.staff.name,
					idleLeftMs: event.locals.staff.idleEndsAt - Date.now()
				}
			: null,
	audio: audioForRoute(appDb(), event.route.id, event.locals.locale)
});
