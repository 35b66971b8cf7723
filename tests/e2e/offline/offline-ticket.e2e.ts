import { test, expect } from '../support/fixtures';
import { confirmedAppointments, signInSpanish } from '../support/confirmed';
import { messagesOf } from '../support/messages';
import { expectNoAxeViolations } from '../support/axe';
import { readQr } from '../support/qr';
import { firstLoadBytes } from '../support/page-weight';
import { deviceData, storedPages, underServiceWorker, waitUntilStored } from '../support/offline';

const es = messagesOf('es');

test('(c) the ticket and the status open offline after one visit, marked with their time', async ({
	page,
	context,
	browser,
	server
}) => {
	const [person] = await confirmedAppointments(server.url, server.dbPath);
	const applicant = await signInSpanish(page, person!.code, person!.pin);
	await underServiceWorker(page);
	await page.goto('/es/ticket');
	const onlineToken = await readQr(page.getByTestId('ticket-qr'));
	const weight = await firstLoadBytes(browser, context, page.url());
	console.log(
		`First load /ticket: ${(weight.scriptsAndStyles / 1024).toFixed(1)} KB JS+CSS, ` +
			`${(weight.transferred / 1024).toFixed(1)} KB transferred`
	);
	expect(weight.scriptsAndStyles).toBeLessThanOrEqual(50 * 1024);
	await waitUntilStored(page, '/es/ticket');
	await waitUntilStored(page, '/es/status');

	await context.setOffline(true);
	await page.goto('/es/ticket');
	await expect(page.locator('h1')).toHaveText(es.ticket_title!);
	await expect(page.locator('main')).toContainText(person!.code);
	expect(await readQr(page.getByTestId('ticket-qr'))).toBe(onlineToken);
	const notice = page.locator('.saved-copy');
	const [before, after] = es.saved_copy_notice!.split('{time}');
	await expect(notice).toContainText(before!);
	await expect(notice).toContainText(after!);
	await expect(notice).toContainText(String(new Date().getFullYear()));
	await expectNoAxeViolations(page, 'the ticket, offline');
	await page.goto('/es/status');
	await expect(page.locator('.saved-copy')).toBeVisible();
	await expect(page.locator('main')).toContainText(person!.code);

	// Signing out (online) leaves nothing of the person on the device.
	await context.setOffline(false);
	await page.goto('/es/status');
	await applicant.signOut();
	const kept = await storedPages(page);
	expect(kept.filter((p) => p.text.includes(person!.code))).toEqual([]);
	expect(await deviceData(page)).toEqual({ drafts: [], answers: null });
	await context.setOffline(true);
	await page.goto('/es/ticket');
	await expect(page.locator('h1')).toHaveText(es.offline_title!);
});
