import Database from 'better-sqlite3';
import { test, expect } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { chooseOwnPassword, firstAdmin, signInFirstAdmin, staffSignIn } from '../support/staff';
import { totpCodeAt } from '../../../src/lib/server/staff/totp';
import { messagesOf } from '../support/messages';

const en = messagesOf('en');

test('the first administrator adds a caseworker, who turns on two-step sign-in; all audited', async ({
	page,
	browser,
	server
}) => {
	const admin = firstAdmin(server);
	// No default password: the one printed is random, and must be replaced at once.
	expect(admin.password).toMatch(/^[A-Za-z2-9]{20}$/);
	await staffSignIn(page, admin.email, 'wrong password');
	await expect(page.locator('.error-summary')).toContainText(en.staff_sign_in_wrong!);
	await expect(page.locator('#email')).toHaveValue(admin.email);
	await expectNoAxeViolations(page, 'staff sign-in with an error');

	await staffSignIn(page, admin.email, admin.password);
	await page.fill('#password', 'short');
	await page.fill('#password_again', 'short');
	await page.locator('main form button[type=submit]').click();
	await expect(page.locator('.error-summary')).toContainText(en.staff_password_too_short!);
	await expectNoAxeViolations(page, 'choosing a password, with an error');
	await chooseOwnPassword(page, 'correct horse battery staple');
	await expectNoAxeViolations(page, 'staff home');

	await page.getByRole('link', { name: en.staff_home_admin_staff }).click();
	// The shelter the caseworker will work for.
	await page.locator('main form[action="?/organisation"] button[type=submit]').click();
	await expect(page.locator('.error-summary')).toContainText(en.staff_org_name_required!);
	await page.fill('#org_name', 'Casa Esperanza');
	await page.selectOption('#org_kind', 'ngo');
	await page.locator('main form[action="?/organisation"] button[type=submit]').click();
	await expect(page.getByTestId('organisations')).toContainText('Casa Esperanza');
	await page.locator('main form[action="?/create"] button[type=submit]').click();
	await expect(page.locator('.error-summary')).toContainText(en.staff_name_required!);
	await expectNoAxeViolations(page, 'staff accounts with errors');
	await page.fill('#name', 'Ana Caseworker');
	await page.fill('#email', 'ana@shelter.test');
	await page.selectOption('#role', 'caseworker');
	await page.selectOption('#organisation', { label: 'Casa Esperanza' });
	await page.locator('main form[action="?/create"] button[type=submit]').click();
	const oneTime = (await page.getByTestId('one-time-password').textContent())!.trim();
	await expect(page.locator('table')).toContainText('ana@shelter.test');
	await expectNoAxeViolations(page, 'staff accounts');

	// The caseworker, on another device.
	const other = await browser.newContext({ baseURL: server.url });
	const caseworker = await other.newPage();
	await staffSignIn(caseworker, 'ana@shelter.test', oneTime);
	await chooseOwnPassword(caseworker, 'a passphrase for Ana');
	await caseworker.getByRole('link', { name: en.staff_home_two_factor_link }).click();
	await expectNoAxeViolations(caseworker, 'two-step sign-in');
	const secret = (await caseworker.getByTestId('totp-secret').textContent())!.trim();
	await caseworker.fill('#code', totpCodeAt(secret, Date.now()));
	await caseworker.locator('main form button[type=submit]').click();
	await expect(caseworker.getByRole('status')).toHaveText(en.staff_two_factor_done!);
	// The caseworker cannot open the administrator's pages.
	const refused = await caseworker.goto('/admin/staff');
	expect(refused?.status()).toBe(403);
	await expect(caseworker.locator('h1')).toHaveText(en.error_page_forbidden!);
	await expectNoAxeViolations(caseworker, 'a page the role does not allow');
	await caseworker.goto('/staff');
	await caseworker.locator('header form button[type=submit]').click();
	await expect(caseworker).toHaveURL(/\/staff\/sign-in$/);

	// From now on a code is needed, and each code works once.
	await staffSignIn(caseworker, 'ana@shelter.test', 'a passphrase for Ana');
	await expect(caseworker.locator('.error-summary')).toContainText(en.staff_code_needed!);
	await staffSignIn(
		caseworker,
		'ana@shelter.test',
		'a passphrase for Ana',
		totpCodeAt(secret, Date.now() + 30_000)
	);
	await expect(caseworker).toHaveURL(/\/staff$/);
	await other.close();

	await page.goto('/admin/audit');
	await expect(page.locator('main')).toContainText(en.staff_audit_intact!.split('{count}')[0]!);
	const actions = await page.locator('[data-testid=audit-entry] td:nth-child(4)').allTextContents();
	for (const action of [
		'staff.created',
		'staff.signed_in',
		'staff.password_changed',
		'staff.two_factor_on',
		'staff.signed_out'
	]) {
		expect(actions).toContain(action);
	}
	await expectNoAxeViolations(page, 'audit log');
});

test('an administrator changes a member of staff’s role and organisation, and moves a port organisation; refusals keep what was typed; all audited', async ({
	page,
	browser,
	server
}) => {
	test.setTimeout(90_000);
	const es = messagesOf('es');
	// The first test of this file may have chosen the administrator's password already.
	await signInFirstAdmin(page, server, 'correct horse battery staple');

	await page.goto('/admin/staff');
	for (const [name, kind, port] of [
		['Refugio del Norte', 'ngo', ''],
		['Laredo port officers', 'port', 'laredo']
	] as const) {
		await page.fill('#org_name', name);
		await page.selectOption('#org_kind', kind);
		if (port) await page.selectOption('#org_port', port);
		await page.locator('main form[action="?/organisation"] button[type=submit]').click();
		await expect(page.getByTestId('organisations')).toContainText(name);
	}
	// An officer outside a port's organisation would see no port: refused, with what was typed.
	await page.fill('#name', 'Berta Ramírez');
	await page.fill('#email', 'berta@refugio.test');
	await page.selectOption('#role', 'officer');
	await page.selectOption('#organisation', { label: 'Refugio del Norte' });
	await page.locator('main form[action="?/create"] button[type=submit]').click();
	await expect(page.locator('#organisation-error')).toContainText(en.staff_officer_needs_port!);
	await expect(page.locator('#name')).toHaveValue('Berta Ramírez');
	await page.selectOption('#role', 'caseworker');
	await page.locator('main form[action="?/create"] button[type=submit]').click();
	const oneTime = (await page.getByTestId('one-time-password').textContent())!.trim();

	// Her own page, from the list.
	await page.getByRole('link', { name: 'Berta Ramírez' }).click();
	await expect(page).toHaveURL(/\/admin\/staff\/\d+$/);
	await expectNoAxeViolations(page, 'a member of staff');
	await page.fill('#name', 'Berta Ramírez Soto');
	await page.selectOption('#role', 'officer');
	await page.locator('main form[action="?/save"] button[type=submit]').click();
	await expect(page.locator('#organisation-error')).toContainText(en.staff_officer_needs_port!);
	await expect(page.locator('#name')).toHaveValue('Berta Ramírez Soto');
	await expect(page.locator('#role')).toHaveValue('officer');
	await expectNoAxeViolations(page, 'a member of staff, refused');
	const refused = await page.request.post(`${new URL(page.url()).pathname}?/save`, {
		form: { name: 'Berta', role: 'root', organisation: '1' },
		headers: { origin: server.url, accept: 'text/html' }
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain(en.staff_role_required!);
	await page.selectOption('#organisation', { label: 'Laredo port officers' });
	await page.locator('main form[action="?/save"] button[type=submit]').click();
	await expect(page.getByRole('status')).toHaveText(en.staff_change_saved!);
	await expect(page.locator('h1')).toHaveText('Berta Ramírez Soto');

	// Berta, now an officer of Laredo, works there.
	const context = await browser.newContext({ baseURL: server.url });
	const berta = await context.newPage();
	await staffSignIn(berta, 'berta@refugio.test', oneTime);
	await chooseOwnPassword(berta, 'a passphrase for Berta');
	await berta.goto('/port');
	await expect(berta).toHaveURL(/\/port\/laredo$/);

	// The organisation moves to Hidalgo: from her next page, Berta works there instead.
	await page.goto('/admin/staff');
	await page.getByRole('link', { name: 'Laredo port officers' }).click();
	await expect(page.getByTestId('members')).toContainText('Berta Ramírez Soto');
	await expectNoAxeViolations(page, 'an organisation');
	await page.fill('#org_name', '');
	await page.locator('main form[action="?/save"] button[type=submit]').click();
	await expect(page.locator('#org_name-error')).toContainText(en.staff_org_name_required!);
	await page.fill('#org_name', 'Hidalgo port officers');
	await page.selectOption('#org_port', 'hidalgo');
	await page.locator('main form[action="?/save"] button[type=submit]').click();
	await expect(page.getByRole('status')).toHaveText(en.staff_change_saved!);
	await berta.goto('/port');
	await expect(berta).toHaveURL(/\/port\/hidalgo$/);
	expect((await berta.goto('/port/laredo'))!.status()).toBe(403);
	await context.close();

	// An administrator cannot change their own role, in Spanish here.
	await page.goto('/es/admin/staff');
	await page.getByRole('link', { name: 'Administrator', exact: true }).click();
	await expect(page.locator('#role')).toHaveValue('admin');
	await page.selectOption('#role', 'caseworker');
	await page.locator('main form[action="?/save"] button[type=submit]').click();
	await expect(page.locator('#role-error')).toContainText(es.staff_own_role!);
	await expectNoAxeViolations(page, 'own account, refused, in Spanish');

	const db = new Database(server.dbPath, { readonly: true });
	const audit = db
		.prepare(
			"select action, details from audit_entry where action in ('staff.changed', 'organisation.changed') order by id"
		)
		.all() as { action: string; details: string }[];
	db.close();
	expect(audit.map((a) => a.action)).toEqual(['staff.changed', 'organisation.changed']);
	expect(JSON.parse(audit[0]!.details)).toMatchObject({
		changed: ['name', 'role', 'organisationId'],
		role: { before: 'caseworker', after: 'officer' }
	});
	expect(audit[0]!.details).not.toContain('Berta');
	expect(JSON.parse(audit[1]!.details)).toEqual({
		before: { name: 'Laredo port officers', portId: 'laredo' },
		after: { name: 'Hidalgo port officers', portId: 'hidalgo' }
	});
});
