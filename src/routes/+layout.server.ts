import { config } from '$lib/server/config';
import { appDb } from '$lib/server/app';
import { bookingCodeOf } from '$lib/server/booking/accounts';
import { audioForRoute } from '$lib/server/audio';
import { m } from '$lib/paraglide/messages';
import type { LayoutServerLoad } from './$types';

/**
 * Words of the page frame that only staff, kiosks and caseworkers see, sent as text with the
 * page that needs them: as message functions they would weigh on every applicant page (each
 * carries all its languages).
 */
function chromeText(staffArea: boolean, kiosk: boolean, acting: string | null) {
	return {
		staffArea: staffArea ? m.staff_area() : '',
		staffSignOut: staffArea ? m.staff_sign_out() : '',
		kioskFinish: kiosk ? m.kiosk_finish() : '',
		kioskNoJs: kiosk ? m.kiosk_no_js_notice() : '',
		acting: acting ? m.caseworker_acting_banner({ code: acting }) : '',
		stopActing: acting ? m.caseworker_stop_acting() : ''
	};
}

export const load: LayoutServerLoad = (event) => {
	const staffArea = !!event.route.id?.startsWith('/(staff)/');
	// A caseworker acting for a group in this browser: the pages say so, with a way out.
	const actingFor =
		event.locals.actingStaffId && event.locals.accountId
			? (bookingCodeOf(appDb(), event.locals.accountId) ?? null)
			: null;
	return {
		signedIn: event.locals.accountId !== null,
		kiosk: event.locals.kioskDevice
			? { idleSeconds: config.kioskIdleSeconds, countdownSeconds: config.kioskCountdownSeconds }
			: null,
		actingFor,
		chrome: chromeText(staffArea, !!event.locals.kioskDevice, actingFor),
		// Staff pages: who is signed in, and how long until the session ends unused (for the warning).
		staff:
			staffArea && event.locals.staff
				? {
						name: event.locals.staff.name,
						idleLeftMs: event.locals.staff.idleEndsAt - Date.now()
					}
				: null,
		audio: audioForRoute(appDb(), event.route.id, event.locals.locale)
	};
};
