import Database from 'better-sqlite3';
import { test, expect } from '../support/fixtures';
import { Applicant } from '../support/applicant';
import { expectNoAxeViolations } from '../support/axe';
import { messagesOf } from '../support/messages';
import { deviceData, storedPages } from '../support/offline';
import { addShelter, chooseOwnPassword, firstAdmin, staffSignIn } from '../support/staff';

const en = messagesOf('en');
const es = messagesOf('es');
const personA = { name: 'Ixchel Tzunún', day: '2', month: '3', year: '1988', nationality: 'GT' };

test('a kiosk: enrolled, one person at a time, everything wiped after the idle countdown', async ({
	page,
	browser,
	server
}) => {
	const shelter = addShelter(server.dbPath);
	const admin = firstAdmin(server);
	await staffSignIn(page, admin.email, admin.password);
	await chooseOwnPassword(page, 'the administrator passphrase');
	await page.goto('/admin/kiosks');
	await page.fill('#name', 'Lobby tablet');
	await page.selectOption('#organisation', String(shelter));
	await page.locator('main form[action="?/create"] button[type=submit]').click();
	const code = (await page.getByTestId('enrolment-code').textContent())!.trim();
	await expectNoAxeViolations(page, 'kiosks');

	// The tablet at the shelter.
	const device = await browser.newContext({ baseURL: server.url });
	const kiosk = await device.newPage();
	await kiosk.clock.install();
	await kiosk.goto('/kiosk');
	await expect(kiosk).toHaveURL(/\/kiosk\/enrol$/);
	await expectNoAxeViolations(kiosk, 'kiosk enrolment');
	await kiosk.fill('#code', code.toLowerCase());
	await kiosk.locator('main form button[type=submit]').click();
	await expect(kiosk).toHaveURL(/\/kiosk$/);
	await expect(kiosk.locator('h1')).toHaveText(en.kiosk_start_title!);
	await expectNoAxeViolations(kiosk, 'kiosk start screen');
	// A used code opens nothing else.
	const again = await browser.newContext({ baseURL: server.url });
	const other = await again.newPage();
	await other.goto('/kiosk/enrol');
	await other.fill('#code', code);
	await other.locator('main form button[type=submit]').click();
	await expect(other.locator('.error-summary')).toContainText(en.kiosk_enrol_wrong!);
	await expectNoAxeViolations(other, 'kiosk enrolment, wrong code');
	await again.close();

	// Person A registers in Spanish and walks away from the code-and-PIN page.
	await kiosk.getByRole('link', { name: 'Español' }).click();
	await expect(kiosk).toHaveURL(/\/es\/start$/);
	await expectNoAxeViolations(kiosk, 'start page in kiosk mode');
	const target = await kiosk.locator('main a.button--start').boundingBox();
	expect(target!.height, 'large touch targets').toBeGreaterThanOrEqual(56);
	const applicant = new Applicant(kiosk, '/es');
	const credentials = await applicant.register([personA]);
	await expect(kiosk.getByRole('button', { name: es.kiosk_finish })).toBeVisible();

	await kiosk.clock.fastForward('01:31');
	const idle = kiosk.getByTestId('kiosk-idle');
	await expect(idle).toBeVisible();
	await expect(kiosk.getByRole('button', { name: es.kiosk_idle_keep })).toBeFocused();
	await expectNoAxeViolations(kiosk, 'are you still here');
	await kiosk.clock.fastForward('00:31');
	await expect(kiosk).toHaveURL(/\/kiosk$/);

	// The next person finds nothing of A's: not by Back, not in history, not in storage.
	const leaks = async () => {
		const text = await kiosk.locator('body').innerText();
		return [credentials.code, credentials.pin, personA.name].filter((s) => text.includes(s));
	};
	expect(await leaks()).toEqual([]);
	for (let i = 0; i < 4; i++) {
		await kiosk.goBack();
		expect(await leaks(), kiosk.url()).toEqual([]);
	}
	for (const path of ['/es/register/done', '/es/status', '/es/register/check']) {
		await kiosk.goto(path);
		expect(await leaks(), path).toEqual([]);
	}
	for (const stored of await storedPages(kiosk)) {
		expect(stored.text).not.toContain(credentials.code);
		expect(stored.text).not.toContain(personA.name);
	}
	expect(await deviceData(kiosk)).toEqual({ drafts: [], answers: null });
	await device.close();

	// A signs in on their own phone and finds their booking.
	const phone = await browser.newContext({ baseURL: server.url });
	const own = await phone.newPage();
	await new Applicant(own, '/es').signIn(credentials.code, credentials.pin);
	await expect(own).toHaveURL(/\/es\/(status|request\/ports)$/);
	await own.goto('/es/status');
	await expect(own.locator('main')).toContainText(credentials.code);
	await phone.close();
	const db = new Database(server.dbPath, { readonly: true });
	const account = db
		.prepare('select channel, organisation_id from account where booking_code = ?')
		.get(credentials.code);
	const visits = db
		.prepare(
			"select count(*) n from audit_entry where actor_kind = 'kiosk' and action = 'kiosk.visit_ended'"
		)
		.get() as { n: number };
	db.close();
	expect(account).toEqual({ channel: 'kiosk', organisation_id: shelter });
	expect(visits.n).toBeGreaterThanOrEqual(1);
});
