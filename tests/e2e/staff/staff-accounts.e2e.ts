import { test, expect } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { chooseOwnPassword, firstAdmin, staffSignIn } from '../support/staff';
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
