import Database from 'better-sqlite3';
import { test, expect } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { addDaysIso, allocationToday } from '../support/cli';
import { messagesOf } from '../support/messages';
import { chooseOwnPassword, firstAdmin, signInFirstAdmin, staffSignIn } from '../support/staff';

const es = messagesOf('es');

test('an admin adds a port, gives it instructions, closes and reopens it; applicants see it come and go', async ({
	page,
	server
}) => {
	const admin = firstAdmin(server);
	await staffSignIn(page, admin.email, admin.password);
	await chooseOwnPassword(page, 'the administrator passphrase');

	// Refused in Spanish, next to the fields, with what was typed kept: a 400, not a 500.
	await page.goto('/es/admin/ports');
	await page.fill('#address', 'Puente Internacional 2');
	await page.selectOption('#timezone', '');
	await page.locator('form[action="?/add"] button[type=submit]').click();
	await expect(page.locator('#name-error')).toContainText(es.port_name_required!);
	await expect(page.locator('#timezone-error')).toContainText(es.port_timezone_invalid!);
	await expect(page.locator('#address')).toHaveValue('Puente Internacional 2');
	await expectNoAxeViolations(page, 'ports, refused, in Spanish');
	const refused = await page.request.post('/es/admin/ports?/add', {
		form: { name: 'Piedras Negras', address: '', timezone: 'Mars/Olympus' },
		headers: { origin: server.url, accept: 'text/html' }
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain(es.port_timezone_invalid!);

	await page.fill('#name', 'Piedras Negras');
	await page.selectOption('#timezone', 'America/Chicago');
	await page.locator('form[action="?/add"] button[type=submit]').click();
	await expect(page).toHaveURL(/\/es\/admin\/ports\/piedras-negras\?saved=added$/);
	await page.fill('#instructions_es', 'Haga fila en el carril 2.');
	await page.fill('#instructions_ar', 'x'.repeat(501));
	await page.locator('form[action="?/save"] button[type=submit]').click();
	await expect(page.locator('#instructions_ar-error')).toContainText(
		es.port_instructions_too_long!
	);
	await expect(page.locator('#instructions_es')).toHaveValue('Haga fila en el carril 2.');
	await page.fill('#instructions_ar', 'قفوا في الممر ٢');
	await page.locator('form[action="?/save"] button[type=submit]').click();
	await expect(page.getByRole('status')).toContainText(es.ports_admin_saved!);
	await expect(page.locator('#instructions_ar')).toHaveAttribute('lang', 'ar');
	await expectNoAxeViolations(page, 'one port, in Spanish');

	// The ports applicants choose from (activePorts reads exactly this).
	const portNames = () => {
		const db = new Database(server.dbPath, { readonly: true });
		const rows = db.prepare('select name from port where active = 1').all() as { name: string }[];
		db.close();
		return rows.map((r) => r.name);
	};
	expect(portNames()).toContain('Piedras Negras');

	await page.getByRole('button', { name: es.ports_admin_close! }).click();
	await expect(page.getByRole('status')).toContainText(es.ports_admin_closed_done!);
	expect(portNames()).not.toContain('Piedras Negras');
	await page.getByRole('button', { name: es.ports_admin_reopen! }).click();
	await expect(page.getByRole('status')).toContainText(es.ports_admin_reopened_done!);
	expect(portNames()).toContain('Piedras Negras');

	// Allocation settings: refused out of range (kept), then saved.
	await page.goto('/es/admin/allocation');
	await page.fill('#seniority', '150');
	await page.locator('form[action="?/settings"] button[type=submit]').click();
	await expect(page.locator('#seniority-error')).toContainText(es.settings_seniority_invalid!);
	await expect(page.locator('#seniority')).toHaveValue('150');
	await page.fill('#seniority', '40');
	await page.locator('form[action="?/settings"] button[type=submit]').click();
	await expect(page.getByRole('status')).toContainText(es.settings_saved!);
	await expect(page.locator('#seniority')).toHaveValue('40');
	// A run date too far ahead is refused.
	await page.fill('#date', addDaysIso(allocationToday(), 30));
	await page.locator('form[action="?/preview"] button[type=submit]').click();
	await expect(page.locator('#date-error')).toContainText(es.run_date_out_of_range!);
	await expectNoAxeViolations(page, 'allocation, refused, in Spanish');

	// A shelter's address on the allowlist: kept by its normalised key.
	await page.goto('/admin/allowlist');
	await page.fill('#label', 'Casa Esperanza');
	await page.fill('#line1', '10 Hope Street');
	await page.fill('#zip', '7804');
	await page.locator('form[action="?/add"] button[type=submit]').click();
	await expect(page.locator('#zip-error')).toContainText('5-digit ZIP code');
	await expect(page.locator('#line1')).toHaveValue('10 Hope Street');
	await expectNoAxeViolations(page, 'allowlist, refused');
	await page.fill('#zip', '78040');
	await page.fill('#line2', 'Apt 2');
	await page.locator('form[action="?/add"] button[type=submit]').click();
	await expect(page.getByTestId('allowlist')).toContainText('10 hope st #2 78040');
	await expectNoAxeViolations(page, 'allowlist');
	const db = new Database(server.dbPath, { readonly: true });
	const allowed = db.prepare('select address_key, label from address_allowlist').all();
	const audited = db
		.prepare("select count(*) n from audit_entry where action = 'integrity.address_allowed'")
		.get() as { n: number };
	db.close();
	expect(allowed).toEqual([{ address_key: '10 hope st #2 78040', label: 'Casa Esperanza' }]);
	expect(audited.n).toBe(1);
});

test('every admin and officer page passes axe, in English and in Arabic (right to left)', async ({
	page,
	server
}) => {
	test.setTimeout(120_000);
	// The first test of this file may have chosen the administrator's password already.
	await signInFirstAdmin(page, server, 'the administrator passphrase');
	const db = new Database(server.dbPath, { readonly: true });
	const committed = db
		.prepare("select run_date from allocation_run where status = 'committed'")
		.get() as { run_date: string } | undefined;
	db.close();
	const pages = [
		'/staff',
		'/admin/ports',
		'/admin/ports/laredo',
		'/admin/ports/laredo/capacity',
		'/admin/allocation',
		'/admin/staff',
		'/admin/staff/1',
		'/admin/organisations/1',
		'/admin/audit',
		'/admin/kiosks',
		'/admin/audio',
		'/admin/languages',
		'/admin/exports',
		'/admin/allowlist',
		'/review',
		'/port',
		'/port/laredo',
		'/port/laredo/check-in'
	];
	for (const prefix of ['', '/ar']) {
		for (const path of pages) {
			const response = await page.goto(`${prefix}${path}`);
			expect(response?.status(), `${prefix}${path}`).toBe(200);
			expect(new URL(page.url()).pathname).toBe(`${prefix}${path}`);
			await expectNoAxeViolations(page, `${prefix}${path}`);
		}
		// The run whose seed is committed (and public) for the next date.
		expect(committed).toBeTruthy();
		await page.goto(`${prefix}/admin/allocation/${committed!.run_date}`);
		await expect(page.getByTestId('run-status')).toBeVisible();
		await expectNoAxeViolations(page, `${prefix} a committed run`);
	}
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
