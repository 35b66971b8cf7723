/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The service worker (workbox modules). What it keeps, and why:
 * - the app's scripts and styles (precached, named by content);
 * - per language, the offline page and the page that draws registration questions from the
 *   answers kept on the device — no personal data in either, fetched without cookies;
 * - Listen audio, when first played or warmed for the page's language;
 * - the status and ticket pages, but only when the server says so (`turno-offline-copy`),
 *   which it never does on a device marked as a kiosk. No other page is ever stored.
 * Form posts that cannot reach the server wait in a queue (IndexedDB) and are sent, in order
 * and each exactly once (an idempotency key), as soon as the connection is back; nothing is
 * sent past them while they wait.
 */
import { build, version } from '$service-worker';
import { precacheAndRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { registerRoute, type RouteHandlerCallbackOptions } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { Queue } from 'workbox-background-sync';
import { clearDeviceData, clearFieldDraft } from '$lib/offline/device-store';
import {
	inLocale,
	isQueueable,
	isRegistrationPage,
	localeOfPath,
	offlinePagePath,
	offlineRegistrationPath,
	withoutLocale
} from '$lib/offline/paths';
import { idempotencyHeader, offlineCopyHeader, offlineCopyPaths } from '$lib/offline/protocol';
import { withSavedCopyNotice } from '$lib/offline/saved-copy';
import { languages } from '$lib/languages';
import type { ToWorker, FromWorker, QueuedSubmission } from '$lib/offline/messages';

declare const self: ServiceWorkerGlobalScope;

const pagesCache = `turno-pages-${version}`;
const audioCache = 'turno-audio';
const savedCopiesCache = 'turno-saved-copies';
const savedAtHeader = 'turno-saved-at';

// Scripts and styles of this version (content-hashed file names).
precacheAndRoute(build.map((url) => ({ url, revision: null })));
cleanupOutdatedCaches();

/* ---------- Pages that work offline, per language ---------- */

const allLocales = Object.keys(languages);

/** Stores pages once; without cookies, so they hold nobody's data. */
async function keepPages(paths: string[]): Promise<void> {
	const cache = await caches.open(pagesCache);
	const missing = [];
	for (const path of paths) if (!(await cache.match(path))) missing.push(path);
	if (missing.length) {
		await cache.addAll(missing.map((path) => new Request(path, { credentials: 'omit' })));
	}
}

/** A language's page for answering registration questions offline, once it is used. */
const keepLocalePages = (locale: string) => keepPages([inLocale(offlineRegistrationPath, locale)]);

async function openPageLocales(): Promise<string[]> {
	const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return [...new Set(['en', ...windows.map((w) => localeOfPath(new URL(w.url).pathname))])];
}

self.addEventListener('install', (event) => {
	// The offline page in every language (small: a language can be chosen while offline), and
	// the registration page for the languages open now; other languages' when first used.
	event.waitUntil(
		openPageLocales().then((open) =>
			keepPages([
				...allLocales.map((l) => inLocale(offlinePagePath, l)),
				...open.map((l) => inLocale(offlineRegistrationPath, l))
			])
		)
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then((keys) =>
			Promise.all(
				keys
					// Earlier versions' pages (named turno-offline-* before there was more than one).
					.filter((k) => /^turno-(pages|offline)-/.test(k) && k !== pagesCache)
					.map((k) => caches.delete(k))
			)
		)
	);
});

async function offlineAnswer(url: URL): Promise<Response> {
	const locale = localeOfPath(url.pathname);
	const path = withoutLocale(url.pathname);
	if ((offlineCopyPaths as readonly string[]).includes(path)) {
		const saved = await savedCopy(url);
		if (saved) return saved;
	}
	const page = isRegistrationPage(path) ? offlineRegistrationPath : offlinePagePath;
	const cached = await caches.match(inLocale(page, locale), { cacheName: pagesCache });
	return (
		cached ?? (await caches.match(offlinePagePath, { cacheName: pagesCache })) ?? Response.error()
	);
}

/* ---------- Status and ticket, kept for offline reading ---------- */

const copyKey = (url: URL) => `${url.origin}${url.pathname}`;

async function keepOrForgetCopy(url: URL, response: Response): Promise<void> {
	const cache = await caches.open(savedCopiesCache);
	if (response.ok && response.headers.get(offlineCopyHeader) === 'allowed') {
		const headers = new Headers(response.headers);
		headers.set(savedAtHeader, String(Date.now()));
		// The body kept is already decoded, and the notice changes its length.
		headers.delete('content-encoding');
		headers.delete('content-length');
		const body = await response.clone().arrayBuffer();
		await cache.put(copyKey(url), new Response(body, { status: 200, headers }));
	} else {
		// Signed out, nothing to show any more, or a kiosk: the old copy must not outlive it.
		await cache.delete(copyKey(url));
	}
}

async function savedCopy(url: URL): Promise<Response | null> {
	const cached = await caches.match(copyKey(url), { cacheName: savedCopiesCache });
	if (!cached) return null;
	const savedAt = Number(cached.headers.get(savedAtHeader));
	const html = withSavedCopyNotice(await cached.text(), savedAt);
	return new Response(html, { status: 200, headers: cached.headers });
}

/* ---------- The queue of submissions made offline ---------- */

const queue = new Queue('turno-submissions', {
	maxRetentionTime: 30 * 24 * 60, // minutes: as long as a server-side draft lives
	onSync: () => drainQueue()
});
let mayHaveQueued = true;
let draining: Promise<void> | null = null;

async function tellPages(message: FromWorker): Promise<void> {
	const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	for (const w of windows) w.postMessage(message);
}

/** The same form sent twice while offline (a second tap) waits once. */
async function alreadyWaiting(submission: QueuedSubmission): Promise<boolean> {
	for (const entry of await queue.getAll()) {
		const meta = entry.metadata as { path?: string } | undefined;
		if (meta?.path === submission.path && entry.request.url === submission.url) {
			if ((await entry.request.clone().text()) === submission.body) return true;
		}
	}
	return false;
}

async function enqueue(submission: QueuedSubmission): Promise<number> {
	if (await alreadyWaiting(submission)) return queue.size();
	const request = new Request(submission.url, {
		method: 'POST',
		body: submission.body,
		credentials: 'same-origin',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			// The action's answer as JSON: where it led, without a page to download.
			accept: 'application/json',
			[idempotencyHeader]: crypto.randomUUID()
		}
	});
	await queue.pushRequest({
		request,
		metadata: {
			path: submission.path,
			draftPath: submission.draftPath,
			follow: submission.follow,
			attempts: 0
		}
	});
	mayHaveQueued = true;
	await queue.registerSync().catch(() => {});
	const size = await queue.size();
	await tellPages({ type: 'queue', size });
	return size;
}

type Outcome =
	| { kind: 'sent'; location: string }
	| { kind: 'refused'; status: number }
	/** `counts`: a server error counts towards giving up; waiting out a rate limit does not. */
	| { kind: 'retry'; counts: boolean };

/** `pathname`: where a success without a redirect leaves the person (the page itself). */
async function outcomeOf(response: Response, pathname: string): Promise<Outcome> {
	if (response.status === 429) return { kind: 'retry', counts: false };
	if (response.status >= 500) return { kind: 'retry', counts: true };
	if (!response.ok) return { kind: 'refused', status: response.status };
	try {
		const body = (await response.json()) as { type?: string; location?: string; status?: number };
		if (body.type === 'redirect' && body.location) return { kind: 'sent', location: body.location };
		if (body.type === 'success') return { kind: 'sent', location: pathname };
		if (body.type === 'failure') return { kind: 'refused', status: body.status ?? 400 };
	} catch {
		// not an action's answer
	}
	return { kind: 'retry', counts: true };
}

const maxAttempts = 5;

async function replayAll(): Promise<void> {
	for (;;) {
		const entry = await queue.shiftRequest();
		if (!entry) {
			mayHaveQueued = false;
			return;
		}
		const meta = entry.metadata as {
			path: string;
			draftPath: string;
			follow: boolean;
			attempts: number;
		};
		let response: Response;
		try {
			response = await fetch(entry.request.clone());
		} catch {
			await queue.unshiftRequest(entry); // still offline: try again later, in order
			return;
		}
		const outcome = await outcomeOf(response, new URL(entry.request.url).pathname);
		if (outcome.kind === 'retry' && (!outcome.counts || meta.attempts + 1 < maxAttempts)) {
			const attempts = meta.attempts + (outcome.counts ? 1 : 0);
			await queue.unshiftRequest({ ...entry, metadata: { ...meta, attempts } });
			return;
		}
		// The server has the answer: the typing kept for it is no longer needed.
		if (outcome.kind === 'sent') await clearFieldDraft(meta.draftPath);
		const size = await queue.size();
		await tellPages(
			outcome.kind === 'sent'
				? { type: 'sent', path: meta.path, location: outcome.location, follow: meta.follow, size }
				: { type: 'refused', path: meta.path, size }
		);
	}
}

/** Sends what waits, in order; concurrent callers share one pass. */
function drainQueue(): Promise<void> {
	if (!mayHaveQueued) return Promise.resolve();
	draining ??= replayAll()
		.catch(() => {})
		.finally(() => (draining = null));
	return draining;
}

async function forgetEverything(): Promise<void> {
	while (await queue.shiftRequest()) {
		// dropped: the person signed out, so nothing may be sent in their name
	}
	mayHaveQueued = false;
	await Promise.all([caches.delete(savedCopiesCache), clearDeviceData()]);
}

/* ---------- Listen audio ---------- */

// Also an administrator's recordings (/audio/recorded/…): named by content, never changed.
registerRoute(
	({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/audio/'),
	new CacheFirst({ cacheName: audioCache })
);

/** The recordings of a language that replace its synthesised audio, by prompt. */
async function recordedAudio(locale: string): Promise<Record<string, string>> {
	try {
		const response = await fetch(`/audio/recorded/${locale}`);
		return response.ok
			? ((await response.json()) as { prompts: Record<string, string> }).prompts
			: {};
	} catch {
		return {};
	}
}

/**
 * Stores a language's audio in the one format this browser plays, ahead of a lost connection:
 * for a prompt with a recording, the recording (the only format it has).
 */
async function warmAudio(locale: string, format: 'opus' | 'mp3'): Promise<void> {
	const [manifest, recorded] = await Promise.all([
		fetch('/audio/manifest.json').then(
			(r) => r.json() as Promise<{ prompts: Record<string, Record<string, { hash: string }>> }>
		),
		recordedAudio(locale)
	]);
	const cache = await caches.open(audioCache);
	for (const [prompt, entry] of Object.entries(manifest.prompts[locale] ?? {})) {
		const url = recorded[prompt] ?? `/audio/${locale}/${entry.hash}.${format}`;
		if (!(await cache.match(url))) await cache.add(url);
	}
}

/* ---------- Pages and posts ---------- */

const sameOrigin = (url: URL) => url.origin === self.location.origin;

/** Pages: from the network (after anything waiting to be sent); offline, what the device has. */
registerRoute(
	({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
	async ({ request, url, event }: RouteHandlerCallbackOptions) => {
		await drainQueue();
		try {
			const response = await fetch(request);
			const path = withoutLocale(url.pathname);
			if ((offlineCopyPaths as readonly string[]).includes(path)) {
				await keepOrForgetCopy(url, response);
			}
			(event as ExtendableEvent).waitUntil(
				keepLocalePages(localeOfPath(url.pathname)).catch(() => {})
			);
			return response;
		} catch {
			return offlineAnswer(url);
		}
	}
);

/** Posts after which nothing of the person may stay on the device. */
const leavingPaths = ['/sign-out', '/staff/sign-out', '/caseworker/stop-acting', '/kiosk/finish'];

/** Page data for navigations inside the app: also after anything waiting to be sent. */
registerRoute(
	({ url }) => sameOrigin(url) && url.pathname.endsWith('/__data.json'),
	async ({ request }: RouteHandlerCallbackOptions) => {
		await drainQueue();
		return fetch(request);
	}
);

/**
 * Form posts. A page with its scripts running queues its own offline submissions (it checks
 * the answer first and tells the person); a plain form post that cannot be sent is queued
 * here and the person is shown the offline page, which says it is saved.
 */
registerRoute(
	({ url }) => sameOrigin(url),
	async ({ request, url }: RouteHandlerCallbackOptions) => {
		await drainQueue();
		const copy = request.clone();
		try {
			const response = await fetch(request);
			// Signed out (or a caseworker done with a group): nothing of the person may stay on
			// the device, whatever sent the form.
			if (leavingPaths.includes(withoutLocale(url.pathname)) && response.status < 400) {
				await forgetEverything();
			}
			return response;
		} catch (error) {
			const path = withoutLocale(url.pathname);
			if (request.mode !== 'navigate' || !isQueueable(path)) throw error;
			const body = await copy.text();
			await enqueue({ url: url.href, body, path, draftPath: path, follow: true });
			return Response.redirect(inLocale(offlinePagePath, localeOfPath(url.pathname)), 303);
		}
	},
	'POST'
);

/* ---------- Messages from the pages ---------- */

async function answer(message: ToWorker): Promise<unknown> {
	switch (message.type) {
		case 'enqueue':
			return { size: await enqueue(message.submission) };
		case 'send-now':
			await drainQueue();
			return { size: await queue.size() };
		case 'queue-size':
			return { size: await queue.size() };
		case 'forget':
			await forgetEverything();
			return { size: 0 };
		case 'warm-audio':
			await warmAudio(message.locale, message.format);
			return {};
		case 'update-now':
			await self.skipWaiting();
			return {};
	}
}

self.addEventListener('message', (event) => {
	const port = event.ports[0];
	event.waitUntil(
		answer(event.data as ToWorker).then(
			(reply) => port?.postMessage(reply),
			() => port?.postMessage({ failed: true })
		)
	);
});
