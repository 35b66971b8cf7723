import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** /es/start is served by the /start route: the language lives only in the URL prefix. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
