import { isLocale, type Locale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/** A path inside Turno to come back to in the chosen language; anything else is ignored. */
function safeNext(next: string | null): string {
	return next && /^\/[a-z0-9/_-]*$/i.test(next) && !next.startsWith('//') ? next : '/start';
}

export const load: PageServerLoad = ({ url, cookies }) => {
	const cookie = cookies.get('turno_locale');
	const remembered: Locale | null = isLocale(cookie) ? cookie : null;
	return { next: safeNext(url.searchParams.get('next')), remembered };
};
