/**
 * The `test` every end-to-end file uses: a server (and SQLite file) of its own per test file,
 * with `baseURL` pointing at it.
 */
import { test as base, expect } from '@playwright/test';
import { startServer, type RunningServer } from './server';

type Current = { file: string; server: RunningServer } | null;

export const test = base.extend<{ server: RunningServer }, { serverSlot: { current: Current } }>({
	serverSlot: [
		async ({}, use) => {
			const slot: { current: Current } = { current: null };
			await use(slot);
			await slot.current?.server.stop();
		},
		{ scope: 'worker' }
	],
	server: async ({ serverSlot }, use, testInfo) => {
		if (serverSlot.current?.file !== testInfo.file) {
			await serverSlot.current?.server.stop();
			serverSlot.current = { file: testInfo.file, server: await startServer() };
		}
		await use(serverSlot.current.server);
	},
	baseURL: async ({ server }, use) => use(server.url)
});

export { expect };
