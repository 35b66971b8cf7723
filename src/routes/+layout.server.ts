import { audioForRoute } from '$lib/server/audio';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => ({
	signedIn: event.locals.accountId !== null,
	audio: audioForRoute(event.route.id, event.locals.locale)
});
