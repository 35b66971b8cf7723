import { m } from '$lib/paraglide/messages';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { textDirection } from '$lib/text-direction';

/**
 * The web app manifest, one per language (/ht/manifest.webmanifest): installed from a Creole
 * page, Turno opens in Creole. No app store is needed.
 */
export const GET = () => {
	const locale = getLocale();
	const startUrl = localizeHref('/start');
	const manifest = {
		id: startUrl,
		name: m.site_name(),
		short_name: m.site_name(),
		description: m.site_tagline(),
		lang: locale,
		dir: textDirection(locale),
		start_url: startUrl,
		scope: '/',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#0b3d91',
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{
				src: '/icons/icon-maskable-512.png',
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable'
			}
		]
	};
	return new Response(JSON.stringify(manifest), {
		headers: {
			'Content-Type': 'application/manifest+json',
			'Cache-Control': 'public, max-age=3600'
		}
	});
};
