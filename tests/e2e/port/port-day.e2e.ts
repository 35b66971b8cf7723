import Database from 'better-sqlite3';
import QRCode from 'qrcode';
import { test, expect } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { addDaysIso, allocationToday } from '../support/cli';
import { expectRedirect, httpClient, post, registerByHttp } from '../support/http-applicant';
import { readQr } from '../support/qr';
import { browserWithCamera, qrVideoFile } from '../support/fake-camera';
import { chooseOwnPassword, firstAdmin, staffSignIn } from '../support/staff';
import type { Page } from '@playwright/test';

/** Registers over HTTP and requests Laredo from today. */
async function requestForToday(baseURL: string, name: string) {
	const client = await httpClient(baseURL);
	const credentials = await registerByHttp(client, name);
	await expectRedirect(await post(client, '/request/ports', { port_1: 'laredo' }), /date$/);
	const [year, month, day] = allocationToday().split('-');
	await expectRedirect(
		await post(client, '/request/date', {
			'travel-day': String(Number(day)),
			'travel-month': String(Number(month)),
			'travel-year': year!
		}),
		/check$/
	);
	const check = await (await client.get('/request/check')).text();
	const key = /name="submission_key" value="([^"]+)"/.exec(check)![1]!;
	await expectRedirect(await post(client, '/request/check', { submission_key: key }), /done=sent$/);
	return { client, name, ...credentials };
}

function auditActions(dbPath: string): string[] {
	const db = new Database(dbPath, { readonly: true });
	const rows = db.prepare('select action from audit_entry order by id').all() as {
		action: string;
	}[];
	db.close();
	return rows.map((r) => r.action);
}

async function ticketQrImage(page: Page, code: string, pin: string): Promise<Buffer> {
	await page.goto('/sign-in');
	await page.fill('#code', code);
	await page.fill('#pin', pin);
	await page.locator('main form button[type=submit]').click();
	await expect(page).toHaveURL(/\/status$/);
	await page.goto('/ticket');
	return page.getByTestId('ticket-qr').screenshot();
}

test('an admin changes a date’s capacity, previews and runs the allocation; an officer checks in by QR photo, camera and code, marks a no-show, and the day adds up', async ({
	page,
	browser,
	server
}) => {
	test.setTimeout(150_000);
	const today = allocationToday();
	const yesterday = addDaysIso(today, -1);
	const groups = [
		await requestForToday(server.url, 'Ana Pérez'),
		await requestForToday(server.url, 'Jean Désir'),
		await requestForToday(server.url, 'Wei Zhang'),
		await requestForToday(server.url, 'Amina Diallo'),
		await requestForToday(server.url, 'Luis Ortega')
	];

	const admin = firstAdmin(server);
	await staffSignIn(page, admin.email, admin.password);
	await chooseOwnPassword(page, 'the administrator passphrase');

	// Ports: instructions for applicants, in English here.
	await page.goto('/admin/ports');
	await expectNoAxeViolations(page, 'ports');
	await page.goto('/admin/ports/laredo');
	await expectNoAxeViolations(page, 'one port');
	await page.fill('#instructions_en', 'Queue at lane 4.\nBring this ticket.');
	await page.locator('form[action="?/save"] button[type=submit]').click();
	await expect(page.getByRole('status')).toContainText('The changes were saved');

	// Capacity: today at Laredo becomes one slot of 5 seats.
	await page.goto('/admin/ports/laredo/capacity');
	await expectNoAxeViolations(page, 'capacity');
	await page.fill('#from', today);
	await page.fill('#times', '08:00');
	await page.fill('#seats', 'five');
	await page.locator('form[action="?/dates"] button[value=set]').click();
	await expect(page.locator('#seats-error')).toContainText('whole number');
	await expect(page.locator('#times')).toHaveValue('08:00');
	await expectNoAxeViolations(page, 'capacity with an error');
	await page.fill('#seats', '5');
	await page.locator('form[action="?/dates"] button[value=set]').click();
	await expect(page.getByRole('status')).toContainText('1 dates were changed');
	const todayRow = page.locator(`[data-testid=capacity-calendar] tr[data-date="${today}"]`);
	await expect(todayRow.getByTestId('seats')).toHaveText('5');
	await expect(todayRow).toContainText('Changed for this date');

	// Preview (nothing happens), a run refused without the ticked box, then the run.
	await page.goto('/admin/allocation');
	await expectNoAxeViolations(page, 'allocation');
	await page.fill('#date', yesterday);
	await page.getByRole('button', { name: 'Preview' }).click();
	const preview = page.getByTestId('preview');
	await expect(preview.getByTestId('offers')).toHaveText('5');
	await expect(preview.getByTestId('pooled')).toHaveText('5');
	await expectNoAxeViolations(page, 'allocation preview');
	const db = new Database(server.dbPath, { readonly: true });
	const offers = () => (db.prepare('select count(*) n from offer').get() as { n: number }).n;
	expect(offers()).toBe(0);
	await page.getByRole('button', { name: 'Run the allocation now' }).click();
	await expect(page.locator('#confirm-error')).toContainText('Tick the box');
	expect(offers()).toBe(0);
	await page.check('#confirm');
	await page.getByRole('button', { name: 'Run the allocation now' }).click();
	await expect(page).toHaveURL(new RegExp(`/admin/allocation/${yesterday}\\?saved=run$`));
	await expect(page.getByTestId('run-offers')).toHaveText('5');
	await expectNoAxeViolations(page, 'a run');
	const slots = db.prepare('select port_id, date, slot_time from offer').all();
	expect(slots).toEqual(Array(5).fill({ port_id: 'laredo', date: today, slot_time: '08:00' }));
	db.close();
	for (const g of groups) {
		expect((await g.client.post('/status?/confirm', { form: {}, maxRedirects: 0 })).status()).toBe(
			303
		);
	}
	expect(await (await groups[0]!.client.get('/status')).text()).toContain('Queue at lane 4.');

	// An officer of the Laredo port.
	await page.goto('/admin/staff');
	await page.fill('#org_name', 'Laredo port officers');
	await page.selectOption('#org_kind', 'port');
	await page.selectOption('#org_port', 'laredo');
	await page.locator('form[action="?/organisation"] button[type=submit]').click();
	await expect(page.locator('main')).toContainText('Laredo port officers');
	await page.fill('#name', 'Oscar Officer');
	await page.fill('#email', 'oscar@port.test');
	await page.selectOption('#role', 'officer');
	await page.selectOption('#organisation', { label: 'Laredo port officers' });
	await page.locator('main form[action="?/create"] button[type=submit]').click();
	const oneTime = (await page.getByTestId('one-time-password').textContent())!.trim();

	const officerContext = await browser.newContext({ baseURL: server.url });
	let officer = await officerContext.newPage();
	await staffSignIn(officer, 'oscar@port.test', oneTime);
	await chooseOwnPassword(officer, 'a passphrase for Oscar');
	await officer.goto('/port');
	await expect(officer).toHaveURL(/\/port\/laredo$/);
	await expect(officer.getByTestId('count-appointments')).toHaveText('5');
	await expect(officer.getByTestId('count-expected')).toHaveText('5');
	await expectNoAxeViolations(officer, 'port day');
	// Another port is not the officer's.
	expect((await officer.goto('/port/hidalgo'))!.status()).toBe(403);

	const applicantContext = await browser.newContext({ baseURL: server.url });
	const applicantPage = await applicantContext.newPage();
	type Group = (typeof groups)[0];
	const [ana, jean, wei, amina, luis] = groups as [Group, Group, Group, Group, Group];

	// Ana: her ticket's QR code, photographed and read on the officer's device.
	const anaQr = await ticketQrImage(applicantPage, ana.code, ana.pin);
	// The port's instructions travel with the ticket.
	await expect(applicantPage.locator('.port-instructions')).toHaveText(
		'Queue at lane 4.\nBring this ticket.'
	);
	await expectNoAxeViolations(applicantPage, 'ticket with the port’s instructions');
	await officer.goto('/port/laredo/check-in');
	await expectNoAxeViolations(officer, 'check-in');
	await officer.setInputFiles('#photo', {
		name: 'ticket.png',
		mimeType: 'image/png',
		buffer: anaQr
	});
	await expect(officer.getByTestId('checked-in')).toContainText(`${ana.code} is checked in`);
	await expectNoAxeViolations(officer, 'check-in done');

	// A forged ticket: Jean's token with 9 people instead of 1, signature unchanged.
	await applicantContext.clearCookies();
	await ticketQrImage(applicantPage, jean.code, jean.pin);
	const jeanToken = (await readQr(applicantPage.getByTestId('ticket-qr')))!;
	const [head, body, signature] = jeanToken.split('.') as [string, string, string];
	const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
	payload.n = 9;
	const forged = `${head}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
	const forgedQr = await QRCode.toBuffer(forged, { errorCorrectionLevel: 'M', scale: 6 });
	// Without a network the officer's device still tells a genuine ticket from a forged one, and
	// checks the genuine one in on the device, to be recorded once the connection is back.
	await officerContext.setOffline(true);
	const scannedFrom = Date.now();
	await officer.setInputFiles('#photo', {
		name: 'jean.png',
		mimeType: 'image/png',
		buffer: await QRCode.toBuffer(jeanToken, { errorCorrectionLevel: 'M', scale: 6 })
	});
	await expect(officer.getByTestId('checked-in-here')).toContainText(
		`${jean.code} is checked in on this device`
	);
	await expect(officer.getByTestId('arrivals-waiting')).toContainText(jean.code);
	// The same ticket scanned twice is one arrival.
	await officer.setInputFiles('#photo', {
		name: 'jean-again.png',
		mimeType: 'image/png',
		buffer: await QRCode.toBuffer(jeanToken, { errorCorrectionLevel: 'M', scale: 6 })
	});
	await expect(officer.getByTestId('arrivals-waiting').locator('li')).toHaveCount(1);
	await officer.setInputFiles('#photo', {
		name: 'forged.png',
		mimeType: 'image/png',
		buffer: forgedQr
	});
	await expect(officer.getByTestId('scan-refused')).toContainText('This ticket is not genuine');
	// A booking code cannot be checked without the server.
	await officer.fill('#ticket', luis.code);
	await officer.getByRole('button', { name: 'Check in', exact: true }).click();
	await expect(officer.getByTestId('scan-refused')).toContainText(
		'a booking code can be checked only with a connection'
	);
	await expectNoAxeViolations(officer, 'check-in offline, an arrival kept on the device');
	const attendance = (offerOf: (typeof groups)[0]) => {
		const db = new Database(server.dbPath, { readonly: true });
		const row = db
			.prepare(
				'select o.attendance, o.attendance_at from offer o join request r on r.id = o.request_id join account a on a.id = r.account_id where a.booking_code = ?'
			)
			.get(offerOf.code) as { attendance: string | null; attendance_at: number | null };
		db.close();
		return row;
	};
	expect(attendance(jean).attendance).toBeNull();

	// The tab is closed while offline; the connection comes back; the page, opened again,
	// sends what the device kept, with the time of the scan.
	await officer.close();
	await officerContext.setOffline(false);
	const reopenedAt = Date.now();
	officer = await officerContext.newPage();
	await officer.goto('/port/laredo/check-in');
	await expect(officer.getByTestId('arrivals-sent')).toContainText('now recorded: 1');
	await expect(officer.getByTestId('arrivals-waiting')).toHaveCount(0);
	await expect(officer.getByTestId('count-arrived')).toHaveText('2');
	const jeanArrival = attendance(jean);
	expect(jeanArrival.attendance).toBe('arrived');
	expect(jeanArrival.attendance_at).toBeGreaterThanOrEqual(scannedFrom);
	expect(jeanArrival.attendance_at).toBeLessThan(reopenedAt);
	expect(await officer.evaluate(() => Object.keys(localStorage))).toEqual([]);

	// Typed in (or sent by a handheld scanner), the server refuses a forged ticket too: 400,
	// with the message.
	await officer.fill('#ticket', forged);
	await officer.getByRole('button', { name: 'Check in', exact: true }).click();
	await expect(officer.locator('#ticket-error')).toContainText('This ticket is not genuine');
	await expectNoAxeViolations(officer, 'check-in refused');
	const refused = await officer.request.post('/port/laredo/check-in?/checkIn', {
		form: { ticket: forged },
		headers: { origin: server.url, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain('This ticket is not genuine');
	// A scan time from a device whose clock is days off is refused, not guessed.
	const skewed = await officer.request.post('/port/laredo/check-in?/checkIn', {
		form: { ticket: jeanToken, scanned_at: String(Date.now() - 3 * 86_400_000) },
		headers: { origin: server.url, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(skewed.status()).toBe(400);

	// Jean again, by his booking code: already checked in.
	await officer.fill('#ticket', jean.code);
	await officer.getByRole('button', { name: 'Check in', exact: true }).click();
	await expect(officer.locator('#ticket-error')).toContainText('already checked in');

	// Luis by the booking code, typed in lower case without dashes.
	await officer.fill('#ticket', luis.code.toLowerCase().replace(/-/g, ''));
	await officer.getByRole('button', { name: 'Check in', exact: true }).click();
	await expect(officer.getByTestId('checked-in')).toContainText(`${luis.code} is checked in`);

	// Amina: her ticket held up to the officer's camera (Chromium's fake camera films it).
	await applicantContext.clearCookies();
	await ticketQrImage(applicantPage, amina.code, amina.pin);
	const aminaToken = (await readQr(applicantPage.getByTestId('ticket-qr')))!;
	const cameraBrowser = await browserWithCamera(qrVideoFile(aminaToken, 'amina-ticket'));
	try {
		const cameraContext = await cameraBrowser.newContext({ baseURL: server.url });
		const desk = await cameraContext.newPage();
		await staffSignIn(desk, 'oscar@port.test', 'a passphrase for Oscar');
		await expect(desk).toHaveURL(/\/staff$/);
		await desk.goto('/port/laredo/check-in');
		await desk.getByRole('button', { name: 'Scan with the camera' }).click();
		await expect(desk.getByTestId('checked-in')).toContainText(`${amina.code} is checked in`, {
			timeout: 15_000
		});
	} finally {
		await cameraBrowser.close();
	}

	// Wei did not come.
	await officer.goto('/port/laredo');
	await officer
		.locator(`tr[data-code="${wei.code}"]`)
		.getByRole('button', { name: /Did not come/ })
		.click();
	await expect(officer.getByRole('status')).toContainText(`${wei.code} is marked as not come`);
	await expect(officer.getByTestId('count-appointments')).toHaveText('5');
	await expect(officer.getByTestId('count-arrived')).toHaveText('4');
	await expect(officer.getByTestId('count-no-show')).toHaveText('1');
	await expect(officer.getByTestId('count-expected')).toHaveText('0');
	await expect(officer.locator(`tr[data-code="${ana.code}"] [data-testid=attendance]`)).toHaveText(
		'Arrived'
	);

	// A search by part of a name, sent as a form (never in the address).
	await officer.fill('#query', 'desir');
	await officer.getByRole('button', { name: 'Find' }).click();
	await expect(officer.locator('[data-testid=day-list] tbody tr')).toHaveCount(1);
	await expect(officer).toHaveURL(/\/port\/laredo$/);
	await expectNoAxeViolations(officer, 'port day after search');

	const actions = auditActions(server.dbPath);
	expect(actions).toEqual(
		expect.arrayContaining([
			'port.changed',
			'capacity.dates_changed',
			'allocation.run_by_hand',
			'appointment.no_show'
		])
	);
	expect(actions.filter((a) => a === 'appointment.checked_in')).toHaveLength(4);
	// Jean's arrival says it was checked in on the device, and when.
	const offline = new Database(server.dbPath, { readonly: true })
		.prepare(
			"select details from audit_entry where action = 'appointment.checked_in' and json_extract(details, '$.offline') = 1"
		)
		.all() as { details: string }[];
	expect(offline).toHaveLength(1);
	expect(JSON.parse(offline[0]!.details).scannedAt).toBe(jeanArrival.attendance_at);
	await officerContext.close();
	await applicantContext.close();
});
