/** Talking to the service worker from a page. Without one (no support, first visit), nothing. */
import type { FromWorker, ToWorker } from './messages';

export async function askWorker<T = Record<string, unknown>>(
	message: ToWorker,
	timeoutMs = 5_000
): Promise<T | null> {
	const worker = navigator.serviceWorker?.controller;
	if (!worker) return null;
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => resolve(null), timeoutMs);
		channel.port1.onmessage = (event) => {
			clearTimeout(timer);
			resolve(event.data as T);
		};
		worker.postMessage(message, [channel.port2]);
	});
}

export function onWorkerMessage(listener: (message: FromWorker) => void): () => void {
	const container = navigator.serviceWorker;
	if (!container) return () => {};
	const handler = (event: MessageEvent) => listener(event.data as FromWorker);
	container.addEventListener('message', handler);
	return () => container.removeEventListener('message', handler);
}
