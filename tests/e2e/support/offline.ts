/** Helpers for tests of what the service worker keeps and does offline. */
import { expect, type Page } from '@playwright/test';

/** Reloads until the service worker controls the page (it installs on the first visit). */
export async function underServiceWorker(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Waits until the service worker has stored a page (by path) in any of its caches. */
export async function waitUntilStored(page: Page, path: string): Promise<void> {
	await expect
		.poll(() => page.evaluate(async (p) => (await caches.match(p)) !== undefined, path), {
			timeout: 10_000
		})
		.toBe(true);
}

/** Every page the service worker stored (not scripts, styles or audio), with its text. */
export async function storedPages(page: Page): Promise<{ path: string; text: string }[]> {
	return page.evaluate(async () => {
		const out: { path: string; text: string }[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const path = new URL(request.url).pathname;
				if (path.startsWith('/_app/') || path.startsWith('/audio/')) continue;
				out.push({ path, text: (await (await cache.match(request))!.text()) ?? '' });
			}
		}
		return out;
	});
}

/** What the device keeps in IndexedDB: field drafts and registration answers. */
export async function deviceData(page: Page): Promise<{ drafts: string[]; answers: unknown }> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('turno-device');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('drafts'))
						return resolve({ drafts: [], answers: null });
					const tx = db.transaction(['drafts', 'answers']);
					const keys = tx.objectStore('drafts').getAllKeys();
					const answers = tx.objectStore('answers').get('registration');
					tx.oncomplete = () =>
						resolve({ drafts: keys.result as string[], answers: answers.result ?? null });
				};
			})
	);
}
