import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import type { Download, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { messagesOf } from '../support/messages';
import { chooseOwnPassword, firstAdmin, staffSignIn } from '../support/staff';

const en = messagesOf('en');
const evilName = '=HYPERLINK("http://evil")';

/**
 * A confirmed appointment at Laredo for a group of two, one of them named like a formula,
 * and a port organisation for Laredo's officers: written straight to the database.
 */
function seedAppointment(dbPath: string): { bookingCode: string; portOrganisation: number } {
	const db = new Database(dbPath);
	const now = Date.now();
	const run = db
		.prepare(
			`insert into allocation_run (run_date, status, seed, seed_commitment, cutoff, committed_at)
			 values ('2020-01-01', 'done', 'e2e-seed', 'e2e-commitment', ?, ?) returning id`
		)
		.get(now, now) as { id: number };
	const bookingCode = 'E2E-EXP-001';
	const account = db
		.prepare(
			`insert into account (booking_code, pin_hash, locale, channel, created_at)
			 values (?, 'x', 'es', 'self', ?) returning id`
		)
		.get(bookingCode, now) as { id: number };
	const addPerson = db.prepare(
		`insert into person (account_id, position, full_name, date_of_birth, nationality)
		 values (?, ?, ?, '1990-01-01', 'HN')`
	);
	addPerson.run(account.id, 1, evilName);
	addPerson.run(account.id, 2, 'Ana Pérez');
	const request = db
		.prepare(
			`insert into request (account_id, status, party_size, port_ids, earliest_date, waiting_since,
			   submission_key, created_at, updated_at)
			 values (?, 'confirmed', 2, '["laredo"]', '2026-12-01', ?, 'e2e-export', ?, ?) returning id`
		)
		.get(account.id, now, now, now) as { id: number };
	db.prepare(
		`insert into offer (request_id, run_id, port_id, date, slot_time, seats, status, confirm_by,
		   created_at, updated_at)
		 values (?, ?, 'laredo', '2026-12-02', '09:00', 2, 'confirmed', ?, ?, ?)`
	).run(request.id, run.id, now, now, now);
	const portOrganisation = db
		.prepare(
			`insert into organisation (name, kind, port_id, created_at)
			 values ('Laredo port', 'port', 'laredo', ?) returning id`
		)
		.get(now) as { id: number };
	db.close();
	return { bookingCode, portOrganisation: portOrganisation.id };
}

/** Submits one of the page's export forms and reads the CSV it downloads. */
async function download(page: Page, form: string): Promise<{ file: Download; rows: string[][] }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`[data-testid=${form}] button[type=submit]`).click()
	]);
	const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
	const text = bytes.toString('utf8');
	expect(text.startsWith('\ufeff'), 'a byte-order mark for spreadsheets').toBe(true);
	return { file, rows: parse(text, { bom: true }) as string[][] };
}

test('an administrator downloads appointments and the audit log; an officer only their port', async ({
	page,
	browser,
	server
}) => {
	const { bookingCode, portOrganisation } = seedAppointment(server.dbPath);
	const admin = firstAdmin(server);
	await staffSignIn(page, admin.email, admin.password);
	await chooseOwnPassword(page, 'the administrator passphrase');
	await page.getByRole('link', { name: en.export_home_link }).click();
	await expect(page.locator('h1')).toHaveText(en.export_title!);
	await expectNoAxeViolations(page, 'exports');

	// Appointments: a range that holds the one inserted.
	await page.selectOption('#port', 'laredo');
	await page.fill('#from', '2026-12-01');
	await page.fill('#to', '2026-12-03');
	const appointments = await download(page, 'export-appointments');
	expect(appointments.file.suggestedFilename()).toBe(
		'turno-appointments-laredo-2026-12-01-to-2026-12-03.csv'
	);
	expect(appointments.rows[0]).toEqual([
		'date',
		'time',
		'port',
		'booking_code',
		'party_size',
		'names',
		'status',
		'checked_in_at'
	]);
	const row = appointments.rows.find((r) => r[3] === bookingCode);
	expect(row).toEqual([
		'2026-12-02',
		'09:00',
		'Laredo',
		bookingCode,
		'2',
		`'${evilName}; Ana Pérez`,
		'confirmed',
		''
	]);
	// The cell holding the name can never be run as a formula by a spreadsheet.
	expect(row![5]!.startsWith('=')).toBe(false);
	await expect(page.locator('h1')).toHaveText(en.export_title!);

	// A range backwards: the page answers 400 with the problem next to the field.
	await page.fill('#from', '2026-12-05');
	await page.fill('#to', '2026-12-01');
	const [refused] = await Promise.all([
		page.waitForResponse((r) => new URL(r.url()).searchParams.get('export') === 'appointments'),
		page.locator('[data-testid=export-appointments] button[type=submit]').click()
	]);
	expect(refused.status()).toBe(400);
	await expect(page.locator('#to-error')).toContainText(en.export_range_backwards!);
	await expect(page.locator('#to')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('.error-summary')).toContainText(en.export_range_backwards!);
	await expectNoAxeViolations(page, 'exports with an error');
	// The endpoint checks the same itself: a year and more is refused.
	const tooLong = await page.request.get(
		'/admin/exports/appointments.csv?port=laredo&from=2026-01-01&to=2027-06-01'
	);
	expect(tooLong.status()).toBe(400);
	expect(await tooLong.text()).toContain(en.export_range_too_long!);

	// The audit log: every entry with its chain, this session's exports among them.
	const audit = await download(page, 'export-audit');
	expect(audit.rows[0]).toEqual([
		'id',
		'at',
		'actor_kind',
		'actor_id',
		'action',
		'subject',
		'details',
		'prev_hash',
		'hash'
	]);
	const exported = audit.rows.find((r) => r[4] === 'export.appointments');
	expect(exported?.[5]).toBe('port:laredo');
	expect(JSON.parse(exported![6]!)).toEqual({ from: '2026-12-01', to: '2026-12-03', rows: 1 });
	for (let i = 2; i < audit.rows.length; i++) expect(audit.rows[i]![7]).toBe(audit.rows[i - 1]![8]);

	// The runs: a done run shows its seed.
	const runs = await download(page, 'export-runs');
	const run = runs.rows.find((r) => r[0] === '2020-01-01');
	expect(run?.slice(1, 5)).toEqual(['done', expect.any(String), 'e2e-commitment', 'e2e-seed']);

	// An officer of Laredo's port organisation.
	await page.goto('/admin/staff');
	await page.fill('#name', 'Omar Officer');
	await page.fill('#email', 'omar@laredo.test');
	await page.selectOption('#role', 'officer');
	await page.selectOption('#organisation', String(portOrganisation));
	await page.locator('main form[action="?/create"] button[type=submit]').click();
	const oneTime = (await page.getByTestId('one-time-password').textContent())!.trim();
	const context = await browser.newContext({ baseURL: server.url });
	const officer = await context.newPage();
	await staffSignIn(officer, 'omar@laredo.test', oneTime);
	await chooseOwnPassword(officer, 'a passphrase for Omar');
	await officer.getByRole('link', { name: en.export_home_link }).click();
	await expect(officer.locator('#port')).toHaveValue('laredo');
	await expect(officer.locator('[data-testid=export-audit]')).toHaveCount(0);
	await expectNoAxeViolations(officer, 'exports for an officer');

	const own = await officer.request.get(
		'/admin/exports/appointments.csv?port=laredo&from=2026-12-01&to=2026-12-03'
	);
	expect(own.status()).toBe(200);
	expect(own.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(own.headers()['cache-control']).toBe('no-store');
	const other = await officer.request.get(
		'/admin/exports/appointments.csv?port=hidalgo&from=2026-12-01&to=2026-12-03'
	);
	expect(other.status()).toBe(403);
	const auditRefused = await officer.request.get('/admin/exports/audit.csv');
	expect(auditRefused.status()).toBe(403);
	expect(auditRefused.headers()['content-type']).not.toContain('text/csv');
	await context.close();
});
