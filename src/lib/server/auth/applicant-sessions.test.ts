import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { account, applicantSession } from '../db/schema';
import { tempDatabase } from '../testing/temp-db';
import {
	applicantSessionMs,
	deleteExpiredSessions,
	endApplicantSession,
	findApplicantSession,
	startApplicantSession
} from './applicant-sessions';
import { hashPin } from './pin-hash';

const { db, remove } = tempDatabase();
afterAll(() => remove());

const now = Date.UTC(2025, 5, 15, 16, 0);
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

let accounts = 0;
async function newAccount(): Promise<number> {
	const n = ++accounts;
	return db
		.insert(account)
		.values({
			bookingCode: `AAA-AAA-${String(n).padStart(3, '3')}`,
			pinHash: await hashPin('123456'),
			locale: 'en',
			channel: 'self',
			createdAt: now
		})
		.returning({ id: account.id })
		.get().id;
}

function sessionRows(): number {
	return db.select({ n: count() }).from(applicantSession).get()!.n;
}

describe('applicant sessions', () => {
	it('are found by their token until they end', async () => {
		const accountId = await newAccount();
		const token = startApplicantSession(db, accountId, now);
		expect(findApplicantSession(db, token, now + minute)).toEqual({
			accountId,
			actingStaffId: null,
			kioskId: null,
			renewed: false
		});
		endApplicantSession(db, token);
		expect(findApplicantSession(db, token, now + 2 * minute)).toBeNull();
	});

	it('store only a hash of the token', async () => {
		const accountId = await newAccount();
		const token = startApplicantSession(db, accountId, now);
		expect(token.length).toBeGreaterThanOrEqual(32);
		const rows = db
			.select()
			.from(applicantSession)
			.where(eq(applicantSession.accountId, accountId))
			.all();
		expect(rows).toHaveLength(1);
		expect(rows[0]!.id).not.toBe(token);
		expect(rows[0]!.id).not.toContain(token);
	});

	it('find nothing for an unknown token', async () => {
		const accountId = await newAccount();
		const token = startApplicantSession(db, accountId, now);
		expect(findApplicantSession(db, 'not-a-token', now)).toBeNull();
		expect(findApplicantSession(db, token + 'x', now)).toBeNull();
		expect(findApplicantSession(db, '', now)).toBeNull();
	});

	it('give each sign-in its own session; ending one leaves the others', async () => {
		const accountId = await newAccount();
		const phone = startApplicantSession(db, accountId, now);
		const kiosk = startApplicantSession(db, accountId, now);
		expect(phone).not.toBe(kiosk);
		endApplicantSession(db, kiosk);
		expect(findApplicantSession(db, phone, now)).toEqual({
			accountId,
			actingStaffId: null,
			kioskId: null,
			renewed: false
		});
		expect(findApplicantSession(db, kiosk, now)).toBeNull();
	});

	it('last 30 days without use', async () => {
		expect(applicantSessionMs).toBe(30 * day);
		const accountId = await newAccount();
		const token = startApplicantSession(db, accountId, now);
		expect(findApplicantSession(db, token, now + applicantSessionMs)).toBeNull();
		expect(findApplicantSession(db, token, now + 40 * day)).toBeNull();
	});

	it('are still there just before they expire', async () => {
		const accountId = await newAccount();
		const token = startApplicantSession(db, accountId, now);
		expect(findApplicantSession(db, token, now + applicantSessionMs - 1)).toMatchObject({
			accountId
		});
	});

	it('are renewed when used more than an hour after the last renewal', async () => {
		const accountId = await newAccount();
		const token = startApplicantSession(db, accountId, now);
		const used = now + 20 * day;
		expect(findApplicantSession(db, token, used)).toEqual({
			accountId,
			actingStaffId: null,
			kioskId: null,
			renewed: true
		});
		// Past the first expiry, but within 30 days of the last use.
		expect(findApplicantSession(db, token, now + applicantSessionMs + day)).toEqual({
			accountId,
			actingStaffId: null,
			kioskId: null,
			renewed: true
		});
		expect(findApplicantSession(db, token, now + applicantSessionMs + day + 31 * day)).toBeNull();
	});

	it('are renewed after an hour and a minute', async () => {
		const accountId = await newAccount();
		const token = startApplicantSession(db, accountId, now);
		expect(findApplicantSession(db, token, now + hour + minute)).toEqual({
			accountId,
			actingStaffId: null,
			kioskId: null,
			renewed: true
		});
		expect(findApplicantSession(db, token, now + applicantSessionMs + 30 * minute)).toEqual({
			accountId,
			actingStaffId: null,
			kioskId: null,
			renewed: true
		});
	});

	it('are not rewritten on every request within the hour', async () => {
		const accountId = await newAccount();
		const token = startApplicantSession(db, accountId, now);
		expect(findApplicantSession(db, token, now + 30 * minute)).toEqual({
			accountId,
			actingStaffId: null,
			kioskId: null,
			renewed: false
		});
		expect(findApplicantSession(db, token, now + 59 * minute)).toEqual({
			accountId,
			actingStaffId: null,
			kioskId: null,
			renewed: false
		});
		// No renewal happened, so the first expiry still holds.
		expect(findApplicantSession(db, token, now + applicantSessionMs)).toBeNull();
	});

	it('are removed by the clean-up only once expired', async () => {
		const accountId = await newAccount();
		const later = now + 365 * day;
		const old = startApplicantSession(db, accountId, later - 31 * day);
		const recent = startApplicantSession(db, accountId, later - 29 * day);
		const before = sessionRows();
		deleteExpiredSessions(db, later);
		expect(sessionRows()).toBeLessThan(before);
		expect(findApplicantSession(db, recent, later)).toMatchObject({ accountId });
		expect(findApplicantSession(db, old, later - 31 * day)).toBeNull();
	});

	it('go when the account is deleted', async () => {
		const accountId = await newAccount();
		const token = startApplicantSession(db, accountId, now);
		db.delete(account).where(eq(account.id, accountId)).run();
		expect(findApplicantSession(db, token, now)).toBeNull();
	});
});
