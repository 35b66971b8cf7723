/**
 * The page's side of the service worker: the queue's size and news, the offer of a new
 * version, the Listen audio warmed ahead. Loaded only when a service worker controls the page
 * (never on a first visit, which then stays light).
 */
import { goto, invalidateAll } from '$app/navigation';
import { getLocale } from '$lib/paraglide/runtime';
import { deviceStatus } from './device-status.svelte';
import { askWorker, onWorkerMessage } from './worker-client';
import { pagePath } from './submit';
import type { FromWorker } from './messages';

async function onMessage(message: FromWorker) {
	deviceStatus.queued = message.size;
	if (message.type === 'sent' && message.follow && message.path === pagePath()) {
		deviceStatus.notice = message.size === 0 ? 'sent' : 'saved';
		await goto(message.location, { invalidateAll: true });
	} else if (message.type === 'sent' && message.size === 0 && deviceStatus.notice) {
		deviceStatus.notice = 'sent';
	} else if (message.type === 'refused') {
		deviceStatus.notice = 'refused';
		if (message.path === pagePath()) await invalidateAll();
	}
}

function watchForNewVersion(registration: ServiceWorkerRegistration) {
	const check = () => {
		deviceStatus.updateReady = !!registration.waiting && !!navigator.serviceWorker.controller;
	};
	check();
	registration.addEventListener('updatefound', () => {
		registration.installing?.addEventListener('statechange', check);
	});
}

/** The Listen audio of this language, stored ahead of a lost connection (not on saver plans). */
function warmAudio() {
	const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
	const key = `turno-audio-${getLocale()}`;
	if (connection?.saveData || sessionStorage.getItem(key)) return;
	const opus = new Audio().canPlayType('audio/ogg; codecs=opus') !== '';
	const format = opus ? 'opus' : 'mp3';
	void askWorker({ type: 'warm-audio', locale: getLocale(), format }, 120_000).then((done) => {
		// Only once stored: a page without a service worker yet asks again next time.
		if (done && !('failed' in done)) sessionStorage.setItem(key, '1');
	});
}

export function connectToWorker(): () => void {
	const stop = onWorkerMessage((message) => void onMessage(message));
	const sendNow = () => void askWorker({ type: 'send-now' });
	window.addEventListener('online', sendNow);
	void navigator.serviceWorker.ready.then(async (registration) => {
		watchForNewVersion(registration);
		const reply = await askWorker<{ size: number }>({ type: 'queue-size' });
		if (reply) deviceStatus.queued = reply.size;
		if (navigator.onLine && reply?.size) sendNow();
		warmAudio();
	});
	return () => {
		stop();
		window.removeEventListener('online', sendNow);
	};
}
