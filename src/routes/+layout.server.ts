import { config } from '$lib/server/config';
import { appDb } from '$lib/server/app';
import { bookingCodeOf } from '$lib/server/booking/accounts';
import { audioForRoute } from '$lib/server/audio';
import { m } from '$lib/paraglide/messages';
import type { LayoutServerLoad } from './$types';

/**
 * The words of the page frame, sent as text with the page: as message functions in the
 * layout's script they would weigh on every applicant page (each carries all twelve
 * languages). Those only staff, kiosks and caseworkers see come only with their pages.
 */
function chromeText(staffArea: boolean, kiosk: boolean, acting: string | null) {
	return {
		// The frame every page shows, also as text: the budget for applicant scripts is tight.
		skipToContent: m.skip_to_content(),
		tagline: m.site_tagline(),
		languageLabel: m.language_nav_label(),
		signOut: m.sign_out(),
		footerFree: m.footer_free(),
		footerAllocation: m.footer_allocation_link(),
		footerPrivacy: m.footer_privacy(),
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
