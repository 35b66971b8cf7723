import { audioForRoute } from '$lib/server/audio';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => ({
	signedIn: event.locals.accountId !== null,
	// Staff pages: who is signed in, and how long until the session ends unused (for the warning).
	staff:
		event.route.id?.startsWith('/(staff)/') && event.locals.staff
			? {
					name: event.locals.staff.name,
					idleLeftMs: event.locals.staff.idleEndsAt - Date.now()
				}
			: null,
	audio: audioForRoute(event.route.id, event.locals.locale)
});
