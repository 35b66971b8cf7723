import Database from 'better-sqlite3';
import { test, expect } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { messagesOf } from '../support/messages';
import { chooseOwnPassword, firstAdmin, staffSignIn } from '../support/staff';
import { dateInZone } from '../../../src/lib/server/allocation/schedule';
import type { DuplicateEvidence, SharedAddressEvidence } from '../../../src/lib/fraud/types';

const en = messagesOf('en');
const day = 86_400_000;

type Seeded = {
	portOrganisation: number;
	/** Registered first, but waiting for less time. */
	first: { account: number; request: number; waitingSince: number };
	/** Registered later, waiting longest: the one the merge keeps. */
	second: { account: number; request: number; waitingSince: number };
	family: { account: number; code: string };
	duplicateFlag: number;
	sharedFlag: number;
};

/**
 * Two accounts of what looks like one person, both waiting; a family with an appointment at
 * Laredo today; a duplicate-person flag on the two and a shared-address flag on the family.
 */
function seed(dbPath: string): Seeded {
	const db = new Database(dbPath);
	const now = Date.now();
	const address = JSON.stringify({
		line1: '12 Calle Ocho',
		line2: '',
		city: 'Laredo',
		state: 'TX',
		zip: '78040'
	});
	const addAccount = db.prepare(
		`insert into account (booking_code, pin_hash, locale, channel, phone, us_address, created_at)
		 values (?, 'x', 'es', 'self', '+19565550123', ?, ?) returning id`
	);
	const addPerson = db.prepare(
		`insert into person (account_id, position, full_name, date_of_birth, nationality)
		 values (?, 1, ?, '1991-04-12', 'HN') returning id`
	);
	const addRequest = db.prepare(
		`insert into request (account_id, status, party_size, port_ids, earliest_date, waiting_since,
		   submission_key, created_at, updated_at)
		 values (?, ?, 1, '["laredo"]', '2026-01-01', ?, ?, ?, ?) returning id`
	);
	const group = (code: string, name: string, createdAt: number, status: string, since: number) => {
		const account = (addAccount.get(code, address, createdAt) as { id: number }).id;
		const personId = (addPerson.get(account, name) as { id: number }).id;
		const request = (
			addRequest.get(account, status, since, `e2e-${code}`, since, since) as { id: number }
		).id;
		return { account, personId, request, waitingSince: since };
	};
	const first = group('RVW-AAA-111', 'María José Pérez', now - 40 * day, 'pooled', now - 10 * day);
	const second = group('RVW-BBB-222', 'Maria Jose Perez', now - 35 * day, 'pooled', now - 30 * day);
	const family = group('RVW-CCC-333', 'Jean Désir', now - 50 * day, 'confirmed', now - 20 * day);

	// The family's appointment: today at Laredo, in the port's own time zone.
	const { timezone } = db.prepare("select timezone from port where id = 'laredo'").get() as {
		timezone: string;
	};
	const run = db
		.prepare(
			`insert into allocation_run (run_date, status, seed, seed_commitment, cutoff, committed_at)
			 values ('2020-01-01', 'done', 'e2e-seed', 'e2e-commitment', ?, ?) returning id`
		)
		.get(now, now) as { id: number };
	db.prepare(
		`insert into offer (request_id, run_id, port_id, date, slot_time, seats, status, confirm_by,
		   created_at, updated_at)
		 values (?, ?, 'laredo', ?, '09:00', 1, 'confirmed', ?, ?, ?)`
	).run(family.request, run.id, dateInZone(now, timezone), now, now, now);

	const duplicate: DuplicateEvidence = {
		kind: 'duplicate_person',
		pairs: [
			{
				a: first.personId,
				b: second.personId,
				score: 24.3,
				contributions: [
					{ field: 'name', agreement: 'similar', similarity: 0.93, weight: 7.5 },
					{ field: 'date_of_birth', agreement: 'exact', similarity: 1, weight: 9.2 },
					{ field: 'phone', agreement: 'exact', similarity: 1, weight: 6.1 },
					{ field: 'address', agreement: 'exact', similarity: 1, weight: 2.5 },
					{ field: 'nationality', agreement: 'missing', similarity: 0, weight: -1 }
				]
			}
		]
	};
	const shared: SharedAddressEvidence = {
		kind: 'shared_address',
		addressKey: '12|calle ocho||78040',
		people: 358,
		accounts: 341,
		surnames: 266,
		ports: ['laredo'],
		firstAt: now - 90 * day,
		lastAt: now - day,
		addressesThisBusy: 4
	};
	const addFlag = db.prepare(
		`insert into flag (kind, key, score, subjects, evidence, status, created_at, updated_at)
		 values (?, ?, ?, ?, ?, 'open', ?, ?) returning id`
	);
	const duplicateFlag = (
		addFlag.get(
			'duplicate_person',
			'e2e-dup',
			88,
			JSON.stringify({
				accountIds: [first.account, second.account],
				personIds: [first.personId, second.personId]
			}),
			JSON.stringify(duplicate),
			now - day,
			now - day
		) as { id: number }
	).id;
	const sharedFlag = (
		addFlag.get(
			'shared_address',
			'e2e-addr',
			61,
			JSON.stringify({ accountIds: [family.account], personIds: [family.personId] }),
			JSON.stringify(shared),
			now - 2 * day,
			now - 2 * day
		) as { id: number }
	).id;
	const portOrganisation = db
		.prepare(
			`insert into organisation (name, kind, port_id, created_at)
			 values ('Laredo port', 'port', 'laredo', ?) returning id`
		)
		.get(now) as { id: number };
	db.close();
	return {
		portOrganisation: portOrganisation.id,
		first,
		second,
		family: { account: family.account, code: 'RVW-CCC-333' },
		duplicateFlag,
		sharedFlag
	};
}

test('an officer reviews the integrity flags: evidence in plain words, a required note, a merge that keeps the earliest waiting time, an interview shown on the day list', async ({
	page,
	browser,
	server
}) => {
	test.setTimeout(120_000);
	const seeded = seed(server.dbPath);

	// The administrator adds an officer of Laredo's port.
	const admin = firstAdmin(server);
	await staffSignIn(page, admin.email, admin.password);
	await chooseOwnPassword(page, 'the administrator passphrase');
	await page.goto('/admin/staff');
	await page.fill('#name', 'Olga Officer');
	await page.fill('#email', 'olga@laredo.test');
	await page.selectOption('#role', 'officer');
	await page.selectOption('#organisation', String(seeded.portOrganisation));
	await page.locator('main form[action="?/create"] button[type=submit]').click();
	const oneTime = (await page.getByTestId('one-time-password').textContent())!.trim();

	const context = await browser.newContext({ baseURL: server.url });
	const officer = await context.newPage();
	await staffSignIn(officer, 'olga@laredo.test', oneTime);
	await chooseOwnPassword(officer, 'a passphrase for Olga');

	// The queue: strongest first, each linking to its flag.
	await officer.getByRole('link', { name: en.review_home_link }).click();
	await expect(officer.locator('h1')).toHaveText(en.review_title!);
	const rows = officer.locator('[data-testid=review-queue] tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toHaveAttribute('data-flag', String(seeded.duplicateFlag));
	await expect(rows.nth(0)).toContainText(en.review_kind_duplicate_person!);
	await expect(rows.nth(0).locator('td').nth(0)).toHaveText('88');
	await expect(rows.nth(1)).toContainText(en.review_kind_shared_address!);
	await expectNoAxeViolations(officer, 'review queue');

	// The duplicate: each field, how it agreed and what it weighed.
	await rows.nth(0).getByRole('link').click();
	await expect(officer).toHaveURL(new RegExp(`/review/${seeded.duplicateFlag}$`));
	const pair = officer.getByTestId('pair');
	await expect(pair.locator('tbody th')).toHaveText([
		en.review_field_name!,
		en.review_field_date_of_birth!,
		en.review_field_phone!,
		en.review_field_address!,
		en.review_field_nationality!
	]);
	await expect(pair.locator('[data-field=name] [data-testid=agreement]')).toHaveText(
		'Similar (93%)'
	);
	await expect(pair.locator('[data-field=name] [data-testid=weight]')).toHaveText('+7.5');
	await expect(pair.locator('[data-field=date_of_birth] [data-testid=agreement]')).toHaveText(
		en.review_agreement_exact!
	);
	await expect(pair.locator('[data-field=nationality] [data-testid=agreement]')).toHaveText(
		en.review_agreement_missing!
	);
	await expect(pair.locator('[data-field=nationality] [data-testid=weight]')).toHaveText('-1.0');
	await expect(pair.getByTestId('pair-score')).toHaveText('+24.3');
	await expect(pair).toContainText('María José Pérez');
	await expect(officer.getByTestId('accounts').locator('tbody tr')).toHaveCount(2);
	await expect(officer.getByTestId('decide')).toContainText(en.review_decision_duplicate!);
	await expectNoAxeViolations(officer, 'a duplicate flag');

	// No note: refused, the error beside the note, the choice kept.
	await officer.getByLabel(en.review_decision_duplicate!).check();
	await officer.getByRole('button', { name: en.review_decide_button }).click();
	await expect(officer.locator('#note-error')).toContainText(en.review_note_required!);
	await expect(officer.locator('.error-summary')).toContainText(en.review_note_required!);
	await expect(officer.locator('#decision-duplicate')).toBeChecked();
	await expectNoAxeViolations(officer, 'a flag with an error');
	const refused = await officer.request.post(`/review/${seeded.duplicateFlag}?/decide`, {
		form: { decision: 'duplicate', note: '' },
		headers: { origin: server.url, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain(en.review_note_required!);

	await officer.fill('#note', 'Same passport seen at the shelter; registered twice.');
	await officer.getByRole('button', { name: en.review_decide_button }).click();
	await expect(officer.getByRole('status')).toContainText('RVW-BBB-222');

	const db = new Database(server.dbPath, { readonly: true });
	const mergedInto = (id: number) =>
		(db.prepare('select merged_into m from account where id = ?').get(id) as { m: number | null })
			.m;
	const request = (id: number) =>
		db.prepare('select status, waiting_since from request where id = ?').get(id) as {
			status: string;
			waiting_since: number;
		};
	expect(mergedInto(seeded.first.account)).toBe(seeded.second.account);
	expect(mergedInto(seeded.second.account)).toBeNull();
	expect(request(seeded.second.request)).toEqual({
		status: 'pooled',
		waiting_since: seeded.second.waitingSince
	});
	expect(request(seeded.first.request).status).toBe('cancelled');
	const flagRow = db
		.prepare('select status, note, reviewed_by from flag where id = ?')
		.get(seeded.duplicateFlag) as { status: string; note: string; reviewed_by: number };
	const officerId = (
		db.prepare("select id from staff_user where email = 'olga@laredo.test'").get() as {
			id: number;
		}
	).id;
	expect(flagRow).toEqual({
		status: 'duplicate',
		note: 'Same passport seen at the shelter; registered twice.',
		reviewed_by: officerId
	});
	const audit = db
		.prepare('select action, subject, actor_kind, actor_id, details from audit_entry order by id')
		.all() as Array<{
		action: string;
		subject: string;
		actor_kind: string;
		actor_id: string;
		details: string;
	}>;
	const decided = audit.find((e) => e.action === 'flag.decided');
	expect(decided).toMatchObject({
		subject: `flag:${seeded.duplicateFlag}`,
		actor_kind: 'staff',
		actor_id: String(officerId)
	});
	expect(JSON.parse(decided!.details)).toEqual({ decision: 'duplicate', kind: 'duplicate_person' });
	const merged = audit.find((e) => e.action === 'account.merged');
	expect(merged).toMatchObject({
		subject: `account:${seeded.first.account}`,
		actor_kind: 'staff',
		actor_id: String(officerId)
	});
	expect(JSON.parse(merged!.details)).toEqual({
		into: seeded.second.account,
		flag: seeded.duplicateFlag
	});
	// The note and the names stay out of the audit log.
	expect(JSON.stringify(audit)).not.toContain('passport');
	expect(JSON.stringify(audit)).not.toContain('Pérez');

	// The shared address, in plain words, decided "interview at the port".
	await officer.goto('/review');
	await expect(rows).toHaveCount(1);
	await rows.nth(0).getByRole('link').click();
	await expect(officer).toHaveURL(new RegExp(`/review/${seeded.sharedFlag}$`));
	const evidence = officer.getByTestId('evidence');
	await expect(evidence).toContainText(
		'358 people in 341 accounts, with 266 different surnames, gave this address between'
	);
	await expect(evidence).toContainText('3 other addresses are this busy.');
	await expect(evidence).toContainText('Laredo');
	// Only a duplicate-person flag can be a confirmed duplicate.
	await expect(officer.locator('#decision-duplicate')).toHaveCount(0);
	await expectNoAxeViolations(officer, 'a shared-address flag');
	await officer.getByLabel(en.review_decision_interview!).check();
	await officer.fill('#note', 'Ask where they live.');
	await officer.getByRole('button', { name: en.review_decide_button }).click();
	await expect(officer.getByRole('status')).toContainText(en.review_decided!);
	expect(
		(
			db.prepare('select status from flag where id = ?').get(seeded.sharedFlag) as {
				status: string;
			}
		).status
	).toBe('interview');
	db.close();

	// Decided flags are listed by their decision.
	await officer.goto('/review?status=interview');
	await expect(rows).toHaveCount(1);
	await expect(rows.nth(0)).toHaveAttribute('data-flag', String(seeded.sharedFlag));

	// The officer's day list: the family's appointment carries "Interview".
	await officer.goto('/port/laredo');
	const familyRow = officer.locator(`tr[data-code="${seeded.family.code}"]`);
	await expect(familyRow.getByTestId('interview')).toHaveText(en.review_interview_tag!);
	await expect(familyRow.getByTestId('attendance')).toHaveText(en.port_status_expected!);
	await expectNoAxeViolations(officer, 'port day with an interview');
	await context.close();
});
