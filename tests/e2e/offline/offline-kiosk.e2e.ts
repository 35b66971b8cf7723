import { test, expect } from '../support/fixtures';
import { confirmedAppointments, signInSpanish } from '../support/confirmed';
import { messagesOf } from '../support/messages';
import { storedPages, underServiceWorker, waitUntilStored } from '../support/offline';

const es = messagesOf('es');

test('on a device marked as a kiosk, the service worker stores no page with personal data', async ({
	page,
	context,
	server
}) => {
	const [person] = await confirmedAppointments(server.url, server.dbPath);
	// The mark kiosk enrolment puts on a shared device.
	await context.addCookies([{ name: 'turno_device', value: 'kiosk', url: server.url }]);
	await signInSpanish(page, person!.code, person!.pin);
	await underServiceWorker(page);
	for (const path of ['/es/status', '/es/ticket', '/es/status/cancel', '/es/request/ports']) {
		const response = await page.goto(path);
		expect(response?.headers()['turno-offline-copy'], path).toBeUndefined();
	}
	// Staff pages are never stored either (whatever the mark): they are not on the list.
	await page.goto('/staff');
	await page.goto('/es/start');
	await waitUntilStored(page, '/es/offline');

	const kept = await storedPages(page);
	expect(kept.length).toBeGreaterThan(0);
	for (const { path, text } of kept) {
		expect(path, 'only pages without anyone in them').toMatch(
			/^(\/[a-z]{2,3})?\/(offline|register\/offline)$/
		);
		expect(text).not.toContain(person!.code);
		expect(text).not.toContain('Ana Pérez');
	}
	await context.setOffline(true);
	await page.goto('/es/ticket');
	await expect(page.locator('h1')).toHaveText(es.offline_title!);
	await expect(page.locator('main')).not.toContainText(person!.code);
});
