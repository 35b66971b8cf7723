import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { tempDatabase } from '../testing/temp-db';
import {
	account,
	allocationRun,
	appointmentRequest,
	auditEntry,
	flag,
	offer,
	person,
	type FlagKind,
	type FlagStatus
} from '../db/schema';
import type { DuplicateEvidence, SharedAddressEvidence } from '../../fraud/types';
import { dayAppointments } from '../port-day/day-list';
import { decideFlag, flagDetail, listFlags } from './review';
import { validateReview } from '../../schemas/review';

const { db, remove } = tempDatabase();
afterAll(() => remove());
const officer = { kind: 'staff' as const, id: 1 };
const now = Date.UTC(2026, 11, 3, 15);
const day = 86_400_000;

db.$client
	.prepare(
		"insert into organisation (id, name, kind, port_id, created_at) values (1, 'Laredo port', 'port', 'laredo', 0)"
	)
	.run();
db.$client
	.prepare(
		"insert into organisation (id, name, kind, created_at) values (2, 'Casa Esperanza', 'ngo', 0)"
	)
	.run();
db.$client
	.prepare(
		"insert into staff_user (id, organisation_id, email, name, role, password_hash, must_change_password, active, created_at) values (1, 1, 'o@x', 'Oscar Officer', 'officer', 'x', 0, 1, 0)"
	)
	.run();
const runId = db
	.insert(allocationRun)
	.values({
		runDate: '2026-12-01',
		status: 'done',
		seed: 's',
		seedCommitment: 'c',
		cutoff: 0,
		committedAt: 0
	})
	.returning({ id: allocationRun.id })
	.get().id;

let made = 0;
function group(
	code: string,
	people: Array<[string, string]>,
	options: {
		createdAt?: number;
		request?: { status: 'pooled' | 'offered' | 'confirmed' | 'cancelled'; waitingSince: number };
		organisationId?: number;
	} = {}
) {
	const n = ++made;
	const accountId = db
		.insert(account)
		.values({
			bookingCode: code,
			pinHash: 'x',
			locale: 'es',
			channel: options.organisationId ? 'caseworker' : 'self',
			organisationId: options.organisationId,
			phone: '+15125550100',
			usAddress: { line1: '1 Main St', line2: '', city: 'Austin', state: 'TX', zip: '78701' },
			createdAt: options.createdAt ?? n
		})
		.returning({ id: account.id })
		.get().id;
	const personIds = people.map(
		([fullName, dateOfBirth], i) =>
			db
				.insert(person)
				.values({ accountId, position: i + 1, fullName, dateOfBirth, nationality: 'GT' })
				.returning({ id: person.id })
				.get().id
	);
	const requestId = options.request
		? db
				.insert(appointmentRequest)
				.values({
					accountId,
					status: options.request.status,
					partySize: people.length,
					portIds: ['laredo', 'hidalgo'],
					earliestDate: '2026-12-01',
					waitingSince: options.request.waitingSince,
					submissionKey: `k${n}`,
					createdAt: options.request.waitingSince,
					updatedAt: options.request.waitingSince
				})
				.returning({ id: appointmentRequest.id })
				.get().id
		: null;
	return { accountId, personIds, requestId };
}

function addFlag(
	kind: FlagKind,
	key: string,
	score: number,
	accountIds: number[],
	personIds: number[],
	evidence: Record<string, unknown>,
	createdAt: number,
	status: FlagStatus = 'open'
): number {
	return db
		.insert(flag)
		.values({
			kind,
			key,
			score,
			subjects: { accountIds, personIds },
			evidence,
			status,
			createdAt,
			updatedAt: createdAt
		})
		.returning({ id: flag.id })
		.get().id;
}

const duplicateEvidence = (a: number, b: number): DuplicateEvidence => ({
	kind: 'duplicate_person',
	pairs: [
		{
			a,
			b,
			score: 21.4,
			contributions: [
				{ field: 'name', agreement: 'similar', similarity: 0.94, weight: 7.2 },
				{ field: 'date_of_birth', agreement: 'exact', similarity: 1, weight: 9.1 },
				{ field: 'phone', agreement: 'exact', similarity: 1, weight: 6.3 },
				{ field: 'address', agreement: 'missing', similarity: 0, weight: 0 },
				{ field: 'nationality', agreement: 'different', similarity: 0, weight: -1.2 }
			]
		}
	]
});

const auditOf = (subject: string) =>
	db.select().from(auditEntry).where(eq(auditEntry.subject, subject)).all();
const requestOf = (id: number) =>
	db.select().from(appointmentRequest).where(eq(appointmentRequest.id, id)).get()!;
const accountOf = (id: number) => db.select().from(account).where(eq(account.id, id)).get()!;
const flagOf = (id: number) => db.select().from(flag).where(eq(flag.id, id)).get()!;

// One person with three accounts: the second registered waits longest; the third holds an offer.
const first = group('AAA-111-111', [['Ana López', '1990-02-03']], {
	createdAt: 1,
	request: { status: 'pooled', waitingSince: now - 5 * day }
});
const second = group('BBB-111-111', [['Ana Lopez', '1990-02-03']], {
	createdAt: 2,
	request: { status: 'pooled', waitingSince: now - 20 * day },
	organisationId: 2
});
const third = group('CCC-111-111', [['Anna López', '1990-02-03']], {
	createdAt: 3,
	request: { status: 'offered', waitingSince: now - 9 * day }
});
const thirdOffer = db
	.insert(offer)
	.values({
		requestId: third.requestId!,
		runId,
		portId: 'laredo',
		date: '2026-12-05',
		slotTime: '09:00',
		seats: 1,
		status: 'offered',
		confirmBy: now + day,
		createdAt: now - day,
		updatedAt: now - day
	})
	.returning({ id: offer.id })
	.get().id;
const family = group(
	'DDD-111-111',
	[
		['Jean Désir', '1985-07-01'],
		['Marie Désir', '1987-09-12']
	],
	{ createdAt: 4, request: { status: 'confirmed', waitingSince: now - 3 * day } }
);

const shared: SharedAddressEvidence = {
	kind: 'shared_address',
	addressKey: '1|main st||78701',
	people: 358,
	accounts: 341,
	surnames: 266,
	ports: ['laredo'],
	firstAt: now - 60 * day,
	lastAt: now - day,
	addressesThisBusy: 3
};
const duplicateId = addFlag(
	'duplicate_person',
	'dup:1',
	80,
	[first.accountId, second.accountId, third.accountId],
	[...first.personIds, ...second.personIds, ...third.personIds],
	duplicateEvidence(first.personIds[0]!, second.personIds[0]!),
	now - 2 * day
);
const sharedId = addFlag(
	'shared_address',
	'addr:1',
	60,
	[family.accountId, first.accountId],
	[family.personIds[0]!],
	shared,
	now - 3 * day
);
const newerSameScore = addFlag(
	'velocity',
	'vel:1',
	60,
	[family.accountId],
	[],
	{
		kind: 'velocity',
		subject: 'account',
		counted: 'requests',
		period: 'month',
		when: '2026-11',
		count: 9,
		limit: 4
	},
	now - day
);
const decidedBefore = addFlag(
	'network_burst',
	'net:1',
	95,
	[family.accountId],
	[],
	{ kind: 'network_burst', accounts: 12, minutes: 10, firstAt: now, lastAt: now },
	now,
	'no_concern'
);

describe('the queue', () => {
	it('lists open flags by score, then the newest, with counts of accounts and people', () => {
		const list = listFlags(db);
		expect(list.map((f) => f.id)).toEqual([duplicateId, newerSameScore, sharedId]);
		expect(list[0]).toMatchObject({
			kind: 'duplicate_person',
			score: 80,
			status: 'open',
			accounts: 3,
			people: 3,
			createdAt: now - 2 * day
		});
		expect(list[2]).toMatchObject({ accounts: 2, people: 1 });
		expect(listFlags(db, { limit: 1 })).toHaveLength(1);
		expect(listFlags(db, { status: 'no_concern' }).map((f) => f.id)).toEqual([decidedBefore]);
	});
});

describe('a flag in detail', () => {
	it('has the evidence and each linked account with its people, marking the flagged ones', () => {
		const detail = flagDetail(db, sharedId)!;
		expect(detail.evidence).toEqual(shared);
		expect(detail.flag).toMatchObject({ id: sharedId, kind: 'shared_address', status: 'open' });
		expect(detail.accounts.map((a) => a.bookingCode)).toEqual(['AAA-111-111', 'DDD-111-111']);
		const jean = detail.accounts[1]!;
		expect(jean).toMatchObject({
			channel: 'self',
			organisation: null,
			phone: '+15125550100',
			usAddress: { line1: '1 Main St', city: 'Austin', state: 'TX', zip: '78701' },
			latestRequest: {
				status: 'confirmed',
				portIds: ['laredo', 'hidalgo'],
				waitingSince: now - 3 * day
			}
		});
		expect(jean.people).toEqual([
			expect.objectContaining({ fullName: 'Jean Désir', dateOfBirth: '1985-07-01', inFlag: true }),
			expect.objectContaining({ fullName: 'Marie Désir', nationality: 'GT', inFlag: false })
		]);
		const caseworker = flagDetail(db, duplicateId)!.accounts[1]!;
		expect(caseworker).toMatchObject({ channel: 'caseworker', organisation: 'Casa Esperanza' });
		expect(flagDetail(db, 9999)).toBeUndefined();
	});
});

describe('deciding', () => {
	it('refuses a decision without a note, or one not offered for the kind, changing nothing', () => {
		expect(decideFlag(db, sharedId, 'interview', '  ', officer, now)).toEqual({
			ok: false,
			problem: 'invalid',
			errors: { note: 'review_note_required' }
		});
		expect(decideFlag(db, sharedId, 'duplicate', 'Same person', officer, now)).toEqual({
			ok: false,
			problem: 'invalid',
			errors: { decision: 'review_decision_invalid' }
		});
		expect(decideFlag(db, 9999, 'interview', 'x', officer, now)).toEqual({
			ok: false,
			problem: 'not_found'
		});
		expect(flagOf(sharedId).status).toBe('open');
		expect(auditOf(`flag:${sharedId}`)).toEqual([]);
	});

	it('validates the note and the decision as a pure function', () => {
		expect(validateReview({ decision: '', note: '' }, 'velocity')).toEqual({
			ok: false,
			errors: { decision: 'review_decision_required', note: 'review_note_required' }
		});
		expect(validateReview({ decision: 'interview', note: 'x'.repeat(1001) }, 'velocity')).toEqual({
			ok: false,
			errors: { note: 'review_note_too_long' }
		});
		expect(
			validateReview({ decision: 'duplicate', note: ' Same\r\nperson ' }, 'duplicate_person')
		).toEqual({ ok: true, value: { decision: 'duplicate', note: 'Same\nperson' } });
	});

	it('records "interview" with the note and the reviewer, audited without the note', () => {
		const outcome = decideFlag(db, sharedId, 'interview', 'Ask about the address.', officer, now);
		expect(outcome).toMatchObject({ ok: true, decision: 'interview', merged: [] });
		expect(flagOf(sharedId)).toMatchObject({
			status: 'interview',
			note: 'Ask about the address.',
			reviewedBy: 1,
			reviewedAt: now
		});
		const entries = auditOf(`flag:${sharedId}`);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ actorKind: 'staff', actorId: '1', action: 'flag.decided' });
		expect(entries[0]!.details).toEqual({ decision: 'interview', kind: 'shared_address' });
		expect(flagDetail(db, sharedId)!.flag).toMatchObject({
			reviewedBy: 'Oscar Officer',
			note: 'Ask about the address.'
		});
		expect(listFlags(db).map((f) => f.id)).not.toContain(sharedId);
		expect(listFlags(db, { status: 'interview' }).map((f) => f.id)).toEqual([sharedId]);
	});

	it('marks the appointments of accounts to interview on the day list', () => {
		db.insert(offer)
			.values({
				requestId: family.requestId!,
				runId,
				portId: 'laredo',
				date: '2026-12-03',
				slotTime: '10:00',
				seats: 2,
				status: 'confirmed',
				confirmBy: now,
				createdAt: now,
				updatedAt: now
			})
			.run();
		expect(dayAppointments(db, 'laredo', '2026-12-03')).toEqual([
			expect.objectContaining({ code: 'DDD-111-111', interview: true })
		]);
	});

	it('records "no concern", and a decision can be changed, audited each time', () => {
		expect(decideFlag(db, newerSameScore, 'no_concern', 'A family.', officer, now).ok).toBe(true);
		expect(flagOf(newerSameScore).status).toBe('no_concern');
		expect(
			decideFlag(db, newerSameScore, 'interview', 'On second look.', officer, now + 1).ok
		).toBe(true);
		expect(flagOf(newerSameScore)).toMatchObject({
			status: 'interview',
			note: 'On second look.',
			reviewedAt: now + 1
		});
		expect(auditOf(`flag:${newerSameScore}`).map((e) => e.details.decision)).toEqual([
			'no_concern',
			'interview'
		]);
		expect(decideFlag(db, sharedId, 'no_concern', 'Spoke with them.', officer, now).ok).toBe(true);
		expect(dayAppointments(db, 'laredo', '2026-12-03')[0]!.interview).toBe(true);
		decideFlag(db, newerSameScore, 'no_concern', 'Fine.', officer, now);
		expect(dayAppointments(db, 'laredo', '2026-12-03')[0]!.interview).toBe(false);
	});

	it('a confirmed duplicate merges the accounts into the one waiting longest, keeping its waiting time', () => {
		const outcome = decideFlag(db, duplicateId, 'duplicate', 'Same person.', officer, now);
		expect(outcome).toEqual({
			ok: true,
			decision: 'duplicate',
			kind: 'duplicate_person',
			survivor: second.accountId,
			merged: [first.accountId, third.accountId]
		});
		expect(accountOf(second.accountId).mergedInto).toBeNull();
		expect(accountOf(first.accountId).mergedInto).toBe(second.accountId);
		expect(accountOf(third.accountId).mergedInto).toBe(second.accountId);
		expect(requestOf(second.requestId!)).toMatchObject({
			status: 'pooled',
			waitingSince: now - 20 * day
		});
		expect(requestOf(first.requestId!).status).toBe('cancelled');
		expect(requestOf(third.requestId!).status).toBe('cancelled');
		expect(db.select().from(offer).where(eq(offer.id, thirdOffer)).get()!.status).toBe('cancelled');
		for (const merged of [first.accountId, third.accountId]) {
			const entries = auditOf(`account:${merged}`);
			expect(entries).toHaveLength(1);
			expect(entries[0]).toMatchObject({ action: 'account.merged', actorId: '1' });
			expect(entries[0]!.details).toEqual({ into: second.accountId, flag: duplicateId });
		}
		expect(auditOf(`flag:${duplicateId}`)[0]!.details).toEqual({
			decision: 'duplicate',
			kind: 'duplicate_person'
		});
		expect(flagDetail(db, duplicateId)!.accounts[0]!.mergedInto).toBe('BBB-111-111');
	});

	it('re-deciding a merged flag merges nothing again', () => {
		const outcome = decideFlag(db, duplicateId, 'duplicate', 'Checked again.', officer, now + 5);
		expect(outcome).toMatchObject({ ok: true, merged: [] });
		expect(auditOf(`account:${first.accountId}`)).toHaveLength(1);
		expect(auditOf(`flag:${duplicateId}`)).toHaveLength(2);
	});

	it('without active requests the first registered account survives', () => {
		const x = group('EEE-111-111', [['Wei Zhang', '1979-01-01']], { createdAt: 50 });
		const y = group('FFF-111-111', [['Wei Zhang', '1979-01-01']], {
			createdAt: 40,
			request: { status: 'cancelled', waitingSince: 1 }
		});
		const id = addFlag(
			'duplicate_person',
			'dup:2',
			70,
			[x.accountId, y.accountId],
			[...x.personIds, ...y.personIds],
			duplicateEvidence(x.personIds[0]!, y.personIds[0]!),
			now
		);
		expect(decideFlag(db, id, 'duplicate', 'Same.', officer, now)).toMatchObject({
			survivor: y.accountId,
			merged: [x.accountId]
		});
	});
});
