import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import {
	account,
	allocationRun,
	applicantSession,
	appointmentRequest,
	flag,
	offer,
	person,
	personKey,
	registrationDraft,
	requestDraft,
	type FlagKind,
	type FlagStatus,
	type OfferStatus,
	type RequestStatus
} from '../db/schema';
import { appendAudit, recentAudit, verifyAuditLog } from '../audit/audit-log';
import { flagDetail, listFlags } from '../fraud/review';
import { appointmentsCsv } from '../exports/appointments';
import { auditCsv } from '../exports/audit';
import { dayAppointments } from '../port-day/day-list';
import { workJobs } from '../jobs/worker';
import { retentionPolicy } from './rule';
import { purgePersonalData, purgedTables } from './purge';
import { nextRetentionAt, retentionChannel, scheduleRetention } from './job';

const { db, remove } = tempDatabase();
afterAll(() => remove());

const policy = retentionPolicy({
	daysAfterAppointment: 90,
	daysInactive: 365,
	timeZone: 'America/Chicago'
});
/** The daily run: 04:00 in Chicago on 1 June 2026. */
const now = Date.parse('2026-06-01T04:00:00-05:00');
/** Noon in Chicago on that day. */
const noon = (day: string) => Date.parse(`${day}T12:00:00-05:00`);
const port = 'el-paso';

const runId = db
	.insert(allocationRun)
	.values({
		runDate: '2025-01-01',
		status: 'done',
		seed: 'a'.repeat(64),
		seedCommitment: 'c'.repeat(64),
		cutoff: 0,
		committedAt: 0,
		published: JSON.stringify({ requests: [{ id: 'f00d', partySize: 2 }], offers: [] })
	})
	.returning({ id: allocationRun.id })
	.get().id;

type Appointment = {
	date: string;
	offer: OfferStatus;
	request: RequestStatus;
	attendance?: 'arrived' | 'no_show';
};

let made = 0;
/**
 * An account of two people with everything that can hold their data: matching keys, requests
 * and offers, and (with `extras`) a session, a request draft and its registration draft. Names,
 * addresses, keys and hashes carry the label and the phone is unique, so a search of the whole
 * database finds any leftover.
 */
function group(
	label: string,
	options: {
		usedOn: string;
		appointments?: Appointment[];
		/** A request made on `usedOn` that never got an offer. */
		request?: RequestStatus;
		extras?: boolean;
	}
) {
	const n = ++made;
	const usedAt = noon(options.usedOn);
	const phone = `+1512555${1000 + n}`;
	const accountId = db
		.insert(account)
		.values({
			bookingCode: `${label.slice(0, 3).toUpperCase()}-${String(n).padStart(3, '0')}-XYZ`,
			pinHash: `argon-${label}`,
			locale: 'es',
			channel: 'self',
			phone,
			usAddress: {
				line1: `${n} ${label} St`,
				line2: '',
				city: 'Austin',
				state: 'TX',
				zip: '78701'
			},
			networkHash: `net-${label}`,
			createdAt: usedAt
		})
		.returning({ id: account.id })
		.get().id;
	const names = [`${label} Uno`, `${label} Dos`];
	const personIds = names.map(
		(fullName, i) =>
			db
				.insert(person)
				.values({
					accountId,
					position: i + 1,
					fullName,
					dateOfBirth: `1990-01-0${i + 1}`,
					nationality: 'HN'
				})
				.returning({ id: person.id })
				.get().id
	);
	for (const personId of personIds) {
		for (const kind of ['dob_surname', 'phone', 'address']) {
			db.insert(personKey)
				.values({ personId, accountId, kind, value: `${kind}:${label}`, createdAt: usedAt })
				.run();
		}
	}
	const request = (status: RequestStatus, at: number) =>
		db
			.insert(appointmentRequest)
			.values({
				accountId,
				status,
				partySize: 2,
				portIds: [port],
				earliestDate: '2025-01-01',
				waitingSince: at,
				submissionKey: `${label}-${status}-${at}`,
				createdAt: at,
				updatedAt: at
			})
			.returning({ id: appointmentRequest.id })
			.get().id;
	for (const a of options.appointments ?? []) {
		// The request last changed on the appointment day (checked in, marked, expired …).
		const requestId = request(a.request, Math.min(noon(a.date), usedAt));
		db.insert(offer)
			.values({
				requestId,
				runId,
				portId: port,
				date: a.date,
				slotTime: '09:00',
				seats: 2,
				status: a.offer,
				confirmBy: noon(a.date) - 86_400_000,
				attendance: a.attendance ?? null,
				attendanceAt: a.attendance ? noon(a.date) : null,
				createdAt: noon(a.date) - 2 * 86_400_000,
				updatedAt: noon(a.date)
			})
			.run();
	}
	if (options.request) request(options.request, usedAt);
	if (options.extras) {
		db.insert(applicantSession)
			.values({
				id: `session-${label}`,
				accountId,
				createdAt: usedAt - 3_600_000,
				lastSeenAt: usedAt,
				expiresAt: usedAt + 30 * 86_400_000
			})
			.run();
		db.insert(requestDraft)
			.values({ accountId, data: { note: `draft of ${label}` }, updatedAt: usedAt })
			.run();
		db.insert(registrationDraft)
			.values({
				id: `reg-${label}`,
				data: { people: names },
				accountId,
				createdAt: usedAt - 86_400_000,
				updatedAt: usedAt
			})
			.run();
	}
	appendAudit(
		db,
		{
			actor: { kind: 'applicant', id: accountId },
			action: 'applicant.registered',
			subject: `account:${accountId}`,
			details: { people: 2 }
		},
		usedAt
	);
	return { accountId, personIds, label, names, phone };
}

function addFlag(
	kind: FlagKind,
	key: string,
	status: FlagStatus,
	groups: ReturnType<typeof group>[],
	evidence: Record<string, unknown>,
	note: string | null = null
): number {
	return db
		.insert(flag)
		.values({
			kind,
			key,
			score: 60,
			subjects: {
				accountIds: groups.map((g) => g.accountId),
				personIds: groups.flatMap((g) => g.personIds)
			},
			evidence,
			status,
			note,
			reviewedBy: null,
			createdAt: noon('2026-02-01'),
			updatedAt: noon('2026-02-01')
		})
		.returning({ id: flag.id })
		.get().id;
}

// Due today: the 90th day after its appointment (2 March) ended last night.
const arrived = group('Goneafter', {
	usedOn: '2026-02-20',
	appointments: [
		{ date: '2025-11-03', offer: 'declined', request: 'declined' },
		{ date: '2026-03-02', offer: 'confirmed', request: 'attended', attendance: 'arrived' }
	],
	extras: true
});
// Not yet: its appointment was a day later (a no-show).
const dayLater = group('Stayafter', {
	usedOn: '2026-02-20',
	appointments: [
		{ date: '2026-03-03', offer: 'confirmed', request: 'no_show', attendance: 'no_show' }
	]
});
// Due today: never an appointment, last used 365 days before yesterday.
const idle = group('Goneidle', { usedOn: '2025-05-31', request: 'cancelled', extras: true });
// Not yet: used a day later.
const idleDayLater = group('Stayidle', { usedOn: '2025-06-01' });
// Long past its time, but waiting in the pool again (its offer expired).
const waiting = group('Waitpool', {
	usedOn: '2025-01-05',
	appointments: [{ date: '2025-01-10', offer: 'expired', request: 'pooled' }]
});
// Long past its time, but with an appointment ahead.
const upcoming = group('Aheadappt', {
	usedOn: '2025-01-05',
	appointments: [{ date: '2026-06-05', offer: 'confirmed', request: 'confirmed' }]
});
// Long past its time, but in an open flag, and in a flag marked for an interview.
const flaggedOpen = group('Openflag', {
	usedOn: '2025-01-05',
	appointments: [{ date: '2025-01-10', offer: 'cancelled', request: 'cancelled' }]
});
const flaggedInterview = group('Interviewflag', { usedOn: '2024-01-05' });

// Decided flags: one left without anyone by the purge, one with a remaining account.
const duplicates = addFlag(
	'duplicate_person',
	`person:${arrived.personIds[0]}`,
	'no_concern',
	[arrived, idle],
	{
		kind: 'duplicate_person',
		pairs: [
			{
				a: arrived.personIds[0],
				b: idle.personIds[0],
				score: 22,
				contributions: [{ field: 'name', agreement: 'similar', similarity: 0.9, weight: 7 }]
			}
		]
	},
	'Spoke with Goneafter Uno at the port'
);
const goneAddress = addFlag(
	'shared_address',
	'address:1|goneafter st||78701',
	'no_concern',
	[arrived, idle],
	{
		kind: 'shared_address',
		addressKey: '1|goneafter st||78701',
		people: 4,
		accounts: 2,
		surnames: 2,
		ports: [port],
		firstAt: noon('2025-05-31'),
		lastAt: noon('2026-02-19'),
		addressesThisBusy: 1
	}
);
const sharedAddress = addFlag(
	'shared_address',
	'address:2|stayafter st||78701',
	'no_concern',
	[arrived, dayLater],
	{
		kind: 'shared_address',
		addressKey: '2|stayafter st||78701',
		people: 4,
		accounts: 2,
		surnames: 2,
		ports: [port],
		firstAt: noon('2026-02-19'),
		lastAt: noon('2026-02-19'),
		addressesThisBusy: 1
	}
);
const openFlag = addFlag('velocity', 'phone:+15125551007:2025-01', 'open', [flaggedOpen], {
	kind: 'velocity',
	subject: 'phone',
	counted: 'registrations',
	period: 'month',
	when: '2025-01',
	count: 11,
	limit: 10
});
addFlag('network_burst', 'network:abc:2024-01-04', 'interview', [flaggedInterview], {
	kind: 'network_burst',
	accounts: 15,
	minutes: 9,
	firstAt: noon('2024-01-04'),
	lastAt: noon('2024-01-04')
});

const purged = [arrived, idle];
const kept = [dayLater, idleDayLater, waiting, upcoming, flaggedOpen, flaggedInterview];

/** Every row of every table, as text: what a copy of the database would give away. */
function everything(): string {
	const tables = db.$client
		.prepare("select name from sqlite_master where type = 'table'")
		.pluck()
		.all() as string[];
	return tables
		.map((t) => JSON.stringify(db.$client.prepare(`select * from "${t}"`).all()))
		.join('\n');
}

/** The rows of these accounts in every table holding account data. */
function rowsOf(groups: ReturnType<typeof group>[]) {
	const ids = JSON.stringify(groups.map((g) => g.accountId));
	const q = (sql: string) => db.$client.prepare(sql).all(ids);
	return {
		account: q('select * from account where id in (select value from json_each(?)) order by id'),
		person: q(
			'select * from person where account_id in (select value from json_each(?)) order by id'
		),
		personKey: q(
			'select * from person_key where account_id in (select value from json_each(?)) order by rowid'
		),
		request: q(
			'select * from request where account_id in (select value from json_each(?)) order by id'
		),
		offer: q(
			'select o.* from offer o join request r on r.id = o.request_id where r.account_id in (select value from json_each(?)) order by o.id'
		),
		registrationDraft: q(
			'select * from registration_draft where account_id in (select value from json_each(?))'
		),
		requestDraft: q(
			'select * from request_draft where account_id in (select value from json_each(?))'
		),
		session: q(
			'select * from applicant_session where account_id in (select value from json_each(?))'
		)
	};
}

const auditCount = () =>
	db.$client.prepare('select count(*) from audit_entry').pluck().get() as number;

describe('the retention purge', () => {
	const keptBefore = rowsOf(kept);
	const publishedBefore = db.select().from(allocationRun).all();

	it('says in a dry run what it would purge, and changes nothing', () => {
		const before = everything();
		const report = purgePersonalData(db, policy, now, { dryRun: true });
		expect(report).toMatchObject({
			today: '2026-06-01',
			dryRun: true,
			accounts: 8,
			purged: { after_appointment: 1, inactive: 1 },
			kept: { recent: 2, waiting: 1, upcoming: 1, flagged: 2 },
			removed: {
				accounts: 2,
				people: 4,
				personKeys: 12,
				requests: 3,
				offers: 2,
				registrationDrafts: 2,
				requestDrafts: 2,
				sessions: 2,
				flagsCleared: 2
			}
		});
		expect(everything()).toBe(before);
	});

	it('purges the accounts due, and only those, at the boundary day', () => {
		const report = purgePersonalData(db, policy, now);
		expect(report.dryRun).toBe(false);
		expect(report.purged).toEqual({ after_appointment: 1, inactive: 1 });
		expect(report.removed).toEqual({
			accounts: 2,
			people: 4,
			personKeys: 12,
			requests: 3,
			offers: 2,
			registrationDrafts: 2,
			requestDrafts: 2,
			sessions: 2,
			flagsCleared: 2
		});
	});

	it('leaves nothing of them in any table', () => {
		expect(rowsOf(purged)).toEqual({
			account: [],
			person: [],
			personKey: [],
			request: [],
			offer: [],
			registrationDraft: [],
			requestDraft: [],
			session: []
		});
		const all = everything();
		for (const g of purged) {
			for (const text of [
				...g.names,
				g.phone,
				`${g.label} St`,
				`net-${g.label}`,
				`argon-${g.label}`,
				`:${g.label}`
			]) {
				expect(all).not.toContain(text);
			}
		}
		expect(all.toLowerCase()).not.toContain('goneafter');
		expect(all.toLowerCase()).not.toContain('goneidle');
	});

	it('leaves every other account exactly as it was', () => {
		expect(rowsOf(kept)).toEqual(keptBefore);
		expect(db.select().from(allocationRun).all()).toEqual(publishedBefore);
	});

	it('clears the flags left without anyone, and keeps the others whole', () => {
		const cleared = db.$client
			.prepare(
				'select id, key, evidence, note, status, subjects from flag where id in (?, ?) order by id'
			)
			.all(duplicates, goneAddress) as Record<string, string | number>[];
		expect(cleared.map((f) => f.key)).toEqual([`purged:${duplicates}`, `purged:${goneAddress}`]);
		expect(cleared.map((f) => f.note)).toEqual([null, null]);
		expect(cleared.map((f) => f.status)).toEqual(['no_concern', 'no_concern']);
		expect(JSON.parse(String(cleared[1]!.evidence))).toMatchObject({
			addressKey: '',
			people: 4,
			accounts: 2
		});
		const whole = db.$client
			.prepare('select key, evidence from flag where id = ?')
			.get(sharedAddress) as {
			key: string;
			evidence: string;
		};
		expect(whole.key).toBe('address:2|stayafter st||78701');
		expect(JSON.parse(whole.evidence).addressKey).toBe('2|stayafter st||78701');
		expect(db.$client.prepare('select status, key from flag where id = ?').get(openFlag)).toEqual({
			status: 'open',
			key: 'phone:+15125551007:2025-01'
		});
	});

	it('records the purge in the audit log with counts and no personal data', () => {
		const [entry] = recentAudit(db, 1);
		expect(entry).toMatchObject({
			actorKind: 'system',
			actorId: 'retention',
			action: 'retention.purged',
			subject: 'accounts',
			details: {
				day: '2026-06-01',
				daysAfterAppointment: 90,
				daysInactive: 365,
				afterAppointment: 1,
				inactive: 1,
				accounts: 2,
				people: 4,
				personKeys: 12,
				requests: 3,
				offers: 2,
				registrationDrafts: 2,
				requestDrafts: 2,
				sessions: 2,
				flagsCleared: 2
			}
		});
		const text = JSON.stringify(entry);
		for (const g of purged) {
			expect(text).not.toContain(g.label);
			expect(text).not.toContain(`account:${g.accountId}`);
		}
		for (const value of Object.values(entry!.details))
			expect(typeof value).toMatch(/number|string/);
	});

	it('leaves the audit chain whole, and the database consistent', () => {
		expect(verifyAuditLog(db)).toBeNull();
		// Entries naming the purged accounts by id stay as they were written.
		expect(auditCsv(db).csv).toContain(`account:${arrived.accountId}`);
		expect(db.$client.pragma('foreign_key_check')).toEqual([]);
		expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
	});

	it('does nothing more when run again', () => {
		const entries = auditCount();
		const before = everything();
		const again = purgePersonalData(db, policy, now);
		expect(again.purged).toEqual({ after_appointment: 0, inactive: 0 });
		expect(Object.values(again.removed).every((n) => n === 0)).toBe(true);
		expect(auditCount()).toBe(entries);
		expect(everything()).toBe(before);
	});

	it('leaves the staff pages and exports working on what remains', () => {
		const gone = flagDetail(db, duplicates)!;
		expect(gone.accounts).toEqual([]);
		expect(gone.flag.accounts).toBe(2);
		const half = flagDetail(db, sharedAddress)!;
		expect(half.accounts.map((a) => a.id)).toEqual([dayLater.accountId]);
		expect(
			listFlags(db, { status: 'no_concern' })
				.map((f) => f.id)
				.sort()
		).toEqual([duplicates, goneAddress, sharedAddress].sort());
		const csv = appointmentsCsv(db, { portId: port, from: '2026-01-01', to: '2026-06-30' });
		expect(csv.rows).toBe(2);
		expect(csv.csv).toContain('Stayafter Uno; Stayafter Dos');
		expect(csv.csv).toContain('Aheadappt Uno');
		expect(dayAppointments(db, port, '2026-06-05').map((a) => a.names)).toEqual([
			['Aheadappt Uno', 'Aheadappt Dos']
		]);
	});

	it('purges the next accounts on their own day, from the job queue at 04:00', () => {
		const next = Date.parse('2026-06-02T04:00:00-05:00');
		expect(nextRetentionAt(now + 1)).toBe(next);
		scheduleRetention(db, now + 1);
		scheduleRetention(db, now + 1);
		const waitingJobs = () =>
			db.$client
				.prepare('select next_try_at from job where channel = ? and done_at is null')
				.pluck()
				.all(retentionChannel);
		expect(waitingJobs()).toEqual([next]);
		expect(workJobs(db, 'test', next - 1)).toBe(0);
		expect(workJobs(db, 'test', next)).toBe(1);
		// The next day's run is queued once this one is done.
		expect(waitingJobs()).toEqual([Date.parse('2026-06-03T04:00:00-05:00')]);
		expect(rowsOf([dayLater, idleDayLater]).account).toEqual([]);
		expect(rowsOf([waiting, upcoming, flaggedOpen, flaggedInterview]).account).toHaveLength(4);
		expect(verifyAuditLog(db)).toBeNull();
	});

	it('fails rather than leave rows pointing at purged accounts', () => {
		// A table the purge does not know, referring to accounts, as a later migration might add.
		db.$client.exec(
			'create table account_note (account_id integer not null references account(id) on delete cascade, text text)'
		);
		const stale = group('Lonely', { usedOn: '2024-01-01' });
		db.$client.prepare('insert into account_note values (?, ?)').run(stale.accountId, 'x');
		const entries = auditCount();
		expect(() => purgePersonalData(db, policy, now)).toThrow(/account_note/);
		expect(rowsOf([stale]).account).toHaveLength(1);
		expect(auditCount()).toBe(entries);
		expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
		db.$client.exec('drop table account_note');
	});
});

describe('the tables the purge deletes from', () => {
	it('are every table that refers to accounts, people or requests', () => {
		const children = db.$client
			.prepare(
				`select distinct m.name from sqlite_master m, pragma_foreign_key_list(m.name) f
				where m.type = 'table' and f."table" in ('account', 'person', 'request')`
			)
			.pluck()
			.all() as string[];
		expect([...children].sort()).toEqual(purgedTables.filter((t) => t !== 'account').sort());
	});
});
