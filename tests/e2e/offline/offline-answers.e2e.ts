import { test, expect } from '../support/fixtures';
import { Applicant } from '../support/applicant';
import { countRows } from '../support/database';
import { httpClient, prepareRequestByHttp, registerByHttp } from '../support/http-applicant';
import { messagesOf } from '../support/messages';
import { expectNoAxeViolations } from '../support/axe';
import { deviceData, underServiceWorker, waitUntilStored } from '../support/offline';
import Database from 'better-sqlite3';

const en = messagesOf('en');

function draftAnswers(dbPath: string): unknown[] {
	const db = new Database(dbPath, { readonly: true });
	try {
		return (db.prepare('select data from registration_draft').all() as { data: string }[]).map(
			(r) => JSON.parse(r.data)
		);
	} finally {
		db.close();
	}
}

test('(a) two questions answered offline survive a reload and reach the server once online', async ({
	page,
	context,
	server
}) => {
	const applicant = new Applicant(page);
	await applicant.start();
	await underServiceWorker(page);
	await waitUntilStored(page, '/register/offline');

	await context.setOffline(true);
	// Checked on the phone, with the server's own messages.
	await applicant.continue();
	await expect(page.locator('.error-summary')).toContainText(en.error_group_size_required!);

	await page.fill('#group_size', '2');
	await applicant.continue();
	await expect(page).toHaveURL(/\/register\/person\/1\/name$/);
	await expect(page.locator('main')).toContainText(en.offline_pending!);
	await page.fill('#full_name', "Ixchel K'iche'");
	await applicant.continue();
	await expect(page).toHaveURL(/\/register\/person\/1\/date-of-birth$/);
	await page.fill('#dob-day', '14');
	await page.fill('#dob-month', '2');

	await page.reload();
	await expect(page.locator('#dob-day')).toHaveValue('14');
	await expect(page.locator('#dob-month')).toHaveValue('2');
	await expectNoAxeViolations(page, 'a question drawn offline');
	await page.locator('.back-link').click();
	await expect(page).toHaveURL(/\/register\/person\/1\/name$/);
	await expect(page.locator('#full_name')).toHaveValue("Ixchel K'iche'");
	await page.locator('.back-link').click();
	await expect(page.locator('#group_size')).toHaveValue('2');
	expect(countRows(server.dbPath, 'select count(*) n from registration_draft')).toBe(0);

	await context.setOffline(false);
	await expect(page.locator('main')).not.toContainText(en.offline_pending!, { timeout: 10_000 });
	// (A first copy whose answer was lost on the way may have left an orphan draft.)
	expect(draftAnswers(server.dbPath)).toContainEqual({
		groupSize: 2,
		people: [{ fullName: "Ixchel K'iche'" }]
	});
	// Online again, the server draws the pages from what it received...
	await page.goto('/register/person/1/name');
	await expect(page.locator('#full_name')).toHaveValue("Ixchel K'iche'");
	// ...and the date being typed, never sent, is still on the phone.
	await page.goto('/register/person/1/date-of-birth');
	await expect(page.locator('#dob-day')).toHaveValue('14');
	expect((await deviceData(page)).drafts).toEqual(['/register/person/1/date-of-birth']);
});

test('(b) a request sent offline is sent once when the connection is back', async ({
	page,
	context,
	server
}) => {
	const client = await httpClient(server.url);
	const { code, pin } = await registerByHttp(client, 'Ana Pérez');
	const applicant = new Applicant(page);
	await applicant.signIn(code, pin);
	await underServiceWorker(page);
	await page.goto('/request/ports');
	await page.selectOption('#port_1', 'laredo');
	await applicant.continue();
	const d = new Date(Date.now() + 7 * 86_400_000);
	await page.fill('#travel-day', String(d.getUTCDate()));
	await page.fill('#travel-month', String(d.getUTCMonth() + 1));
	await page.fill('#travel-year', String(d.getUTCFullYear()));
	await applicant.continue();
	await expect(page).toHaveURL(/\/request\/check$/);

	await context.setOffline(true);
	await applicant.continue();
	const notice = page.locator('.device-status__notice');
	await expect(notice).toHaveText(en.offline_saved!);
	await expect(notice).toBeFocused();
	await expectNoAxeViolations(page, 'a request saved on the phone');
	// A second tap while offline queues nothing new that could make a second request.
	await applicant.continue();
	expect(countRows(server.dbPath, 'select count(*) n from request')).toBe(0);

	await context.setOffline(false);
	await expect(page).toHaveURL(/\/status\?done=sent$/, { timeout: 10_000 });
	expect(countRows(server.dbPath, 'select count(*) n from request')).toBe(1);
	await page.reload();
	expect(countRows(server.dbPath, 'select count(*) n from request')).toBe(1);
});

test('a submission sent again with the same idempotency key takes effect once', async ({
	server
}) => {
	const client = await httpClient(server.url);
	await registerByHttp(client, 'Jean Désir');
	const key = await prepareRequestByHttp(client);
	const idempotencyKey = crypto.randomUUID();
	const send = () =>
		client.post('/request/check', {
			form: { submission_key: key },
			headers: { accept: 'application/json', 'idempotency-key': idempotencyKey },
			maxRedirects: 0
		});
	const before = countRows(server.dbPath, 'select count(*) n from request');
	const first = await send();
	expect(await first.json()).toMatchObject({ type: 'redirect', location: '/status?done=sent' });
	const again = await send();
	expect(await again.json()).toEqual({
		type: 'redirect',
		status: 303,
		location: '/status?done=sent'
	});
	expect(countRows(server.dbPath, 'select count(*) n from request')).toBe(before + 1);

	const bad = await client.post('/request/check', {
		form: { submission_key: key },
		headers: { 'idempotency-key': 'not a key' },
		maxRedirects: 0
	});
	expect(bad.status()).toBe(400);
});
