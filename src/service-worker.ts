/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The service worker (workbox modules): the app's own files are precached; audio is cached
 * when first played; pages always come from the network — they carry personal data and must
 * never sit in a shared cache — and when the network is gone, the offline page in the page's
 * language is shown instead.
 */
import { build, version } from '$service-worker';
import { precacheAndRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { languages } from '$lib/languages';

declare const self: ServiceWorkerGlobalScope;

const locales = Object.keys(languages);
const offlinePath = (locale: string) => (locale === 'en' ? '/offline' : `/${locale}/offline`);
const offlineCache = `turno-offline-${version}`;

// Scripts and styles of this version (content-hashed file names).
precacheAndRoute(build.map((url) => ({ url, revision: null })));
cleanupOutdatedCaches();

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(offlineCache).then((cache) => cache.addAll(locales.map(offlinePath)))
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((k) => k.startsWith('turno-offline-') && k !== offlineCache)
						.map((k) => caches.delete(k))
				)
			)
	);
});

// Listen audio: named by content, so a cached file is never stale.
registerRoute(
	({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/audio/'),
	new CacheFirst({ cacheName: 'turno-audio' })
);

// Pages: network only (never cached); offline, the offline page in the page's language.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly());

setCatchHandler(async ({ request }) => {
	if (request.destination !== 'document') return Response.error();
	const first = new URL(request.url).pathname.split('/')[1] ?? '';
	const locale = locales.includes(first) ? first : 'en';
	return (await caches.match(offlinePath(locale), { cacheName: offlineCache })) ?? Response.error();
});
