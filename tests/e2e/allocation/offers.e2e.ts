import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { applicantWithRequest } from '../support/http-applicant';
import { addDaysIso, allocationToday, runCli } from '../support/cli';
import { countRows } from '../support/database';
import { expectNoAxeViolations } from '../support/axe';
import { readQr } from '../support/qr';
import { createPublicKey, verify } from 'node:crypto';

/** Laredo gets two seats in the whole horizon: one slot, three days after the first run. */
function tightCapacity(dbPath: string, runDate: string) {
	const db = new Database(dbPath);
	const insert = db.prepare(
		"insert into capacity_override (port_id, date, slot_time, seats) values ('laredo', ?, '08:00', ?)"
	);
	for (let day = 1; day <= 16; day++) insert.run(addDaysIso(runDate, day), day === 3 ? 2 : 0);
	db.close();
}

test('pool, run, offer, confirm; an unconfirmed offer expires and its seat goes to the next run', async ({
	server,
	page
}) => {
	const runDate = allocationToday();
	tightCapacity(server.dbPath, runDate);
	const people = [];
	for (const name of ['Ana Pérez', 'Tz’unun', 'Jean Désir'])
		people.push(await applicantWithRequest(server.url, name));

	const first = await runCli('scripts/allocate.ts', ['--date', runDate], server.dbPath);
	expect(first.stdout, first.stderr).toMatch(/pooled=3 seats=\d+ offers=2 /);
	const again = await runCli('scripts/allocate.ts', ['--date', runDate], server.dbPath);
	expect(again.stdout).toContain('already run');

	// Whoever got an offer sees it, with the deadline, and confirms it without JavaScript.
	const offered = [];
	for (const p of people) {
		const html = await (await p.client.get('/status')).text();
		if (html.includes('action="?/confirm"')) offered.push(p);
	}
	expect(offered).toHaveLength(2);
	const [confirmer, silent] = offered;
	await page.goto('/sign-in');
	await page.fill('#code', confirmer!.code);
	await page.fill('#pin', confirmer!.pin);
	await page.locator('main form button[type=submit]').click();
	await expect(page.locator('main')).toContainText('Laredo');
	await expect(page.locator('main')).toContainText(/Confirm before .+ at/);
	await expect(page.locator('main')).toContainText(/Time left: 2[0-2] hours and \d+ minutes/);
	await expectNoAxeViolations(page, 'status with an offer');
	await page.getByRole('button', { name: 'Confirm this appointment' }).click();
	await expect(page.getByRole('status')).toContainText('Your appointment is confirmed');
	await expect(page.locator('main')).toContainText('Appointment confirmed');
	await expectNoAxeViolations(page, 'status with a confirmed appointment');

	// The ticket's QR code carries a token that the published public key verifies offline.
	await page.getByRole('link', { name: 'See your ticket' }).click();
	await expect(page.locator('h1')).toHaveText('Your ticket');
	await expectNoAxeViolations(page, 'ticket');
	const token = await readQr(page.getByTestId('ticket-qr'));
	expect(token).toMatch(/^T1\.[\w-]+\.[\w-]+$/);
	const [head, body, signature] = token!.split('.');
	const publicKey = createPublicKey(await (await fetch(`${server.url}/api/ticket-key`)).text());
	expect(
		verify(null, Buffer.from(`${head}.${body}`), publicKey, Buffer.from(signature!, 'base64url'))
	).toBe(true);
	const payload = JSON.parse(Buffer.from(body!, 'base64url').toString());
	expect(payload).toMatchObject({ c: confirmer!.code, p: 'laredo', n: 1 });

	// A day later the silent offer has expired; the next run gives its seat to someone waiting.
	const tomorrow = new Date(Date.now() + 24 * 3_600_000).toISOString();
	const second = await runCli(
		'scripts/allocate.ts',
		['--date', addDaysIso(runDate, 1), '--now', tomorrow],
		server.dbPath
	);
	expect(second.stdout, second.stderr).toMatch(/pooled=2 seats=\d+ offers=1 /);
	expect(countRows(server.dbPath, "select count(*) n from offer where status = 'expired'")).toBe(1);
	expect(countRows(server.dbPath, "select count(*) n from offer where status = 'confirmed'")).toBe(
		1
	);
	expect(countRows(server.dbPath, "select count(*) n from offer where status = 'offered'")).toBe(1);
	const silentStatus = await (await silent!.client.get('/status')).text();
	expect(silentStatus).not.toContain('tag--confirmed');
});

test('a published run verifies as MATCH, and an altered row is reported', async ({ server }) => {
	const runDate = addDaysIso(allocationToday(), 5);
	await applicantWithRequest(server.url, 'María López');
	const run = await runCli('scripts/allocate.ts', ['--date', runDate], server.dbPath);
	expect(run.code, run.stderr).toBe(0);

	const published = await (await fetch(`${server.url}/api/allocation/${runDate}`)).json();
	expect(published.seed).toMatch(/^[0-9a-f]{64}$/);
	expect(JSON.stringify(published)).not.toContain('María');
	const file = join(tmpdir(), `turno-run-${process.pid}-${Date.now()}.json`);
	writeFileSync(file, JSON.stringify(published));
	const ok = await runCli('scripts/allocation-verify.ts', [file], server.dbPath);
	expect(ok.stdout.trim()).toBe('MATCH');

	published.offers[0].time = published.offers[0].time === '08:00' ? '09:00' : '08:00';
	writeFileSync(file, JSON.stringify(published));
	const altered = await runCli('scripts/allocation-verify.ts', [file], server.dbPath);
	expect(altered.code).toBe(1);
	expect(altered.stdout).toMatch(/^DIFFERENT: offer 1: recomputed/);
});

test('two processes started together never run the same date twice', async ({ server }) => {
	const runDate = addDaysIso(allocationToday(), 9);
	await applicantWithRequest(server.url, 'Ixchel Tzoc');
	const results = await Promise.all(
		[0, 1, 2].map(() => runCli('scripts/allocate.ts', ['--date', runDate], server.dbPath))
	);
	const ran = results.filter((r) => /offers=\d/.test(r.stdout));
	const skipped = results.filter((r) => r.stdout.includes('already run'));
	expect(ran).toHaveLength(1);
	expect(skipped).toHaveLength(2);
	expect(
		countRows(
			server.dbPath,
			"select count(*) n from allocation_run where run_date = ? and status = 'done'",
			runDate
		)
	).toBe(1);
});
