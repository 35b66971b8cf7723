import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { PersonAnswers } from '../../registration/flow';
import { appointmentRequest } from '../db/schema';
import { tempDatabase } from '../testing/temp-db';
import { completeDraft, createDraft, saveAnswers } from './registration-drafts';
import {
	activeRequest,
	cancelActiveRequest,
	latestRequest,
	partySize,
	submitRequest
} from './requests';

const { db, remove } = tempDatabase();
afterAll(() => remove());

const now = Date.UTC(2025, 5, 15, 16, 0);
let keys = 0;
const newKey = () => `00000000-0000-4000-8000-${String(++keys).padStart(12, '0')}`;

const people: PersonAnswers[] = [
	{ fullName: 'Ana López', dateOfBirth: '1990-03-07', nationality: 'HN' },
	{ fullName: 'Luis López', dateOfBirth: '2015-08-01', nationality: 'HN' },
	{ fullName: 'Rosa López', dateOfBirth: '2018-11-30', nationality: 'HN' },
	{ fullName: 'Tz’unun López', dateOfBirth: '2021-01-02', nationality: 'GT' }
];

/** A real account, made the way registration makes it. */
async function newAccount(groupSize: number): Promise<number> {
	const { draft } = createDraft(db, now);
	saveAnswers(
		db,
		draft.id,
		{ groupSize, people: people.slice(0, groupSize), phone: null, usAddress: null },
		now
	);
	const result = await completeDraft(db, draft.id, { locale: 'es', channel: 'self' }, now);
	if (!result) throw new Error('the account was not made');
	return result.accountId;
}

function requestsOf(accountId: number): number {
	return db
		.select({ n: count() })
		.from(appointmentRequest)
		.where(eq(appointmentRequest.accountId, accountId))
		.get()!.n;
}

function request(accountId: number, submissionKey = newKey(), at = now) {
	return submitRequest(
		db,
		{ accountId, portIds: ['laredo', 'hidalgo'], earliestDate: '2025-07-01', submissionKey },
		at
	);
}

describe('partySize', () => {
	it('counts the people of the account', async () => {
		expect(partySize(db, await newAccount(3))).toBe(3);
		expect(partySize(db, await newAccount(1))).toBe(1);
		expect(partySize(db, 999_999)).toBe(0);
	});
});

describe('submitRequest', () => {
	it('puts a new request in the pool with the size of the group', async () => {
		const accountId = await newAccount(3);
		const { outcome, request: made } = submitRequest(
			db,
			{
				accountId,
				portIds: ['el-paso', 'san-ysidro', 'nogales'],
				earliestDate: '2025-07-01',
				submissionKey: newKey()
			},
			now
		);
		expect(outcome).toBe('created');
		expect(made).toMatchObject({
			accountId,
			status: 'pooled',
			partySize: 3,
			portIds: ['el-paso', 'san-ysidro', 'nogales'],
			earliestDate: '2025-07-01',
			waitingSince: now,
			createdAt: now,
			updatedAt: now
		});
		expect(requestsOf(accountId)).toBe(1);
		expect(activeRequest(db, accountId)).toEqual(made);
		expect(latestRequest(db, accountId)).toEqual(made);
	});

	it('finds the request it made when the same form is sent again', async () => {
		const accountId = await newAccount(2);
		const key = newKey();
		const first = request(accountId, key, now);
		const again = request(accountId, key, now + 30_000);
		expect(first.outcome).toBe('created');
		expect(again.outcome).toBe('resent');
		expect(again.request).toEqual(first.request);
		expect(requestsOf(accountId)).toBe(1);
	});

	it('never makes a second active request, whatever the key', async () => {
		const accountId = await newAccount(2);
		const first = request(accountId);
		const other = request(accountId, newKey(), now + 60_000);
		expect(other.outcome).toBe('already_active');
		expect(other.request.id).toBe(first.request.id);
		expect(requestsOf(accountId)).toBe(1);
	});

	it('treats accounts separately', async () => {
		const a = await newAccount(1);
		const b = await newAccount(4);
		expect(request(a).outcome).toBe('created');
		const forB = request(b);
		expect(forB.outcome).toBe('created');
		expect(forB.request.partySize).toBe(4);
		expect(activeRequest(db, a)?.accountId).toBe(a);
		expect(activeRequest(db, b)?.accountId).toBe(b);
	});
});

describe('cancelActiveRequest', () => {
	it('cancels the active request once', async () => {
		const accountId = await newAccount(2);
		const { request: made } = request(accountId);
		expect(cancelActiveRequest(db, accountId, now + 1_000)).toBe(true);
		expect(cancelActiveRequest(db, accountId, now + 2_000)).toBe(false);
		expect(activeRequest(db, accountId)).toBeUndefined();
		expect(latestRequest(db, accountId)).toMatchObject({
			id: made.id,
			status: 'cancelled',
			updatedAt: now + 1_000
		});
	});

	it('has nothing to cancel for an account without a request', async () => {
		expect(cancelActiveRequest(db, await newAccount(1), now)).toBe(false);
	});

	it('lets the group ask again after cancelling', async () => {
		const accountId = await newAccount(2);
		const first = request(accountId);
		cancelActiveRequest(db, accountId, now + 1_000);
		const second = request(accountId, newKey(), now + 2_000);
		expect(second.outcome).toBe('created');
		expect(second.request.id).not.toBe(first.request.id);
		expect(second.request.waitingSince).toBe(now + 2_000);
		expect(requestsOf(accountId)).toBe(2);
		expect(activeRequest(db, accountId)?.id).toBe(second.request.id);
		expect(latestRequest(db, accountId)?.id).toBe(second.request.id);
	});

	it('does not touch other accounts', async () => {
		const a = await newAccount(1);
		const b = await newAccount(1);
		request(a);
		request(b);
		expect(cancelActiveRequest(db, a, now)).toBe(true);
		expect(activeRequest(db, b)?.status).toBe('pooled');
	});
});

describe('the database itself', () => {
	function insertDirectly(
		accountId: number,
		status: 'pooled' | 'offered' | 'confirmed' | 'expired'
	) {
		db.insert(appointmentRequest)
			.values({
				accountId,
				status,
				partySize: 1,
				portIds: ['laredo'],
				earliestDate: '2025-07-01',
				waitingSince: now,
				submissionKey: newKey(),
				createdAt: now,
				updatedAt: now
			})
			.run();
	}

	it('refuses a second active request even when written directly', async () => {
		const accountId = await newAccount(1);
		request(accountId);
		for (const status of ['pooled', 'offered', 'confirmed'] as const) {
			expect(() => insertDirectly(accountId, status), status).toThrow(/UNIQUE/);
		}
		expect(requestsOf(accountId)).toBe(1);
	});

	it('keeps any number of finished requests beside the active one', async () => {
		const accountId = await newAccount(1);
		insertDirectly(accountId, 'expired');
		insertDirectly(accountId, 'expired');
		request(accountId);
		expect(requestsOf(accountId)).toBe(3);
		expect(activeRequest(db, accountId)?.status).toBe('pooled');
	});

	it('refuses the same submission key twice', async () => {
		const accountId = await newAccount(1);
		const key = newKey();
		request(accountId, key);
		cancelActiveRequest(db, accountId, now);
		expect(() =>
			db
				.insert(appointmentRequest)
				.values({
					accountId,
					status: 'pooled',
					partySize: 1,
					portIds: ['laredo'],
					earliestDate: '2025-07-01',
					waitingSince: now,
					// Stored keys are namespaced by account (see submitRequest).
					submissionKey: `${accountId}:${key}`,
					createdAt: now,
					updatedAt: now
				})
				.run()
		).toThrow(/UNIQUE/);
	});
});

describe('submission keys', () => {
	it("never find another account's request", async () => {
		const first = await newAccount(1);
		const second = await newAccount(1);
		const key = newKey();
		const made = request(first, key);
		const other = request(second, key);
		expect(other.outcome).toBe('created');
		expect(other.request.accountId).toBe(second);
		expect(other.request.id).not.toBe(made.request.id);
	});
});
