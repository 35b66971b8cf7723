import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { tempDatabase } from '../testing/temp-db';
import { account, allocationRun, appointmentRequest, capacityOverride, offer } from '../db/schema';
import { claimRun, commitSeed, runAllocation, type RunSettings } from './run';
import { confirmOffer, declineOffer, expireOffers } from './offers';
import { schedulerTick, latestCutoff } from './scheduler';
import { verifyPublishedRun } from './published-run';
import { seedCommitment } from './prng';
import { zonedInstant } from './schedule';

const { db, remove } = tempDatabase();
afterAll(() => remove());

const settings: RunSettings = {
	seniorityShare: 0.5,
	horizonDays: 14,
	confirmHours: 23,
	equityMaxRatio: 1.5,
	pseudonymKey: Buffer.alloc(32, 7)
};
const schedule = { cutoff: '23:00', timeZone: 'America/Chicago' };
const day = 86_400_000;
let accounts = 0;

function pooledRequest(
	waitingSince: number,
	portIds = ['laredo']
): { accountId: number; requestId: number } {
	const accountId = db
		.insert(account)
		.values({
			bookingCode: `T${String(++accounts).padStart(8, '0')}`,
			pinHash: 'x',
			locale: 'en',
			channel: 'self',
			createdAt: waitingSince
		})
		.returning({ id: account.id })
		.get().id;
	const requestId = db
		.insert(appointmentRequest)
		.values({
			accountId,
			status: 'pooled',
			partySize: 1,
			portIds,
			earliestDate: '2026-01-01',
			waitingSince,
			submissionKey: `k${accountId}`,
			createdAt: waitingSince,
			updatedAt: waitingSince
		})
		.returning({ id: appointmentRequest.id })
		.get().id;
	return { accountId, requestId };
}

const requestRow = (id: number) =>
	db.select().from(appointmentRequest).where(eq(appointmentRequest.id, id)).get()!;

describe('claiming a run', () => {
	it('lets exactly one claimant run a date, and takes over a claim left running for an hour', () => {
		const now = Date.UTC(2026, 0, 5, 6);
		commitSeed(db, '2026-01-04', now - 1000, now - day);
		expect(claimRun(db, '2026-01-04', 'a', now)).toBe(true);
		expect(claimRun(db, '2026-01-04', 'b', now)).toBe(false);
		expect(claimRun(db, '2026-01-04', 'c', now + 30 * 60_000)).toBe(false);
		expect(claimRun(db, '2026-01-04', 'd', now + 61 * 60_000)).toBe(true);
	});

	it('publishes the commitment of a secret seed', () => {
		const row = commitSeed(db, '2026-02-01', 0, 0);
		expect(row.seedCommitment).toBe(seedCommitment(row.seed));
		expect(commitSeed(db, '2026-02-01', 0, 1).seed).toBe(row.seed);
	});
});

describe('a run', () => {
	it('offers seats, marks requests offered, publishes a run that verifies, and never runs twice', () => {
		const now = Date.UTC(2026, 2, 10, 5, 30);
		const a = pooledRequest(now - 10 * day);
		const b = pooledRequest(now - 2 * day);
		const dry = runAllocation(db, '2026-03-09', now - 60_000, settings, { now, dryRun: true });
		expect(dry.status).toBe('dry_run');
		expect(db.select().from(offer).all()).toHaveLength(0);
		expect(requestRow(a.requestId).status).toBe('pooled');

		const done = runAllocation(db, '2026-03-09', now - 60_000, settings, { now });
		if (done.status !== 'done') throw new Error(done.status);
		expect(done.result.offers).toHaveLength(2);
		expect(requestRow(a.requestId).status).toBe('offered');
		expect(requestRow(b.requestId).status).toBe('offered');
		expect(verifyPublishedRun(done.published)).toEqual({ match: true });
		expect(JSON.stringify(done.published)).not.toContain(
			'"laredo"'.replace('laredo', String(a.requestId))
		);
		const stored = db
			.select()
			.from(allocationRun)
			.where(eq(allocationRun.runDate, '2026-03-09'))
			.get()!;
		expect(stored.status).toBe('done');
		expect(JSON.parse(stored.published!)).toEqual(done.published);

		expect(runAllocation(db, '2026-03-09', now - 60_000, settings, { now }).status).toBe(
			'already_run'
		);
		expect(db.select().from(offer).all()).toHaveLength(2);
	});
});

describe('offers', () => {
	it('confirm before the deadline only; decline keeps the waiting time; expiry restarts it', () => {
		const now = Date.UTC(2026, 4, 10, 5, 30);
		const keep = pooledRequest(now - 30 * day, ['hidalgo']);
		const late = pooledRequest(now - 20 * day, ['hidalgo']);
		const sure = pooledRequest(now - 10 * day, ['hidalgo']);
		const done = runAllocation(db, '2026-05-09', now - 60_000, settings, { now });
		expect(done.status).toBe('done');

		expect(declineOffer(db, keep.accountId, now + 1000)).toBe(true);
		expect(declineOffer(db, keep.accountId, now + 2000)).toBe(false);
		expect(requestRow(keep.requestId)).toMatchObject({
			status: 'pooled',
			waitingSince: now - 30 * day
		});

		expect(confirmOffer(db, sure.accountId, now + 1000)).toBe(true);
		expect(confirmOffer(db, sure.accountId, now + 2000)).toBe(false);
		expect(requestRow(sure.requestId).status).toBe('confirmed');

		const deadline = now + settings.confirmHours * 3_600_000;
		expect(confirmOffer(db, late.accountId, deadline)).toBe(false);
		// Offers made by this file's earlier run are also past due and expire with it.
		expect(expireOffers(db, deadline)).toBeGreaterThanOrEqual(1);
		expect(expireOffers(db, deadline + 1)).toBe(0);
		expect(requestRow(late.requestId)).toMatchObject({ status: 'pooled', waitingSince: deadline });
		expect(requestRow(sure.requestId).status).toBe('confirmed');
	});
});

describe('the scheduler', () => {
	it('does not run a date whose seed was committed after its cutoff, then runs the next one once', () => {
		const { db: fresh, remove: removeFresh } = tempDatabase();
		try {
			const firstStart = Date.UTC(2026, 6, 1, 18); // 13:00 in Chicago
			expect(schedulerTick(fresh, schedule, settings, firstStart)).toBeNull();
			const { runDate } = latestCutoff(firstStart, schedule);
			expect(runDate).toBe('2026-06-30');
			expect(
				fresh.select().from(allocationRun).where(eq(allocationRun.runDate, '2026-07-01')).get()
					?.status
			).toBe('committed');
			const afterCutoff = zonedInstant('2026-07-01', '23:00', 'America/Chicago') + 60_000;
			expect(schedulerTick(fresh, schedule, settings, afterCutoff)).toBe('2026-07-01');
			expect(schedulerTick(fresh, schedule, settings, afterCutoff + 60_000)).toBeNull();
			expect(
				fresh.select().from(allocationRun).where(eq(allocationRun.runDate, '2026-07-02')).get()
					?.status
			).toBe('committed');
		} finally {
			removeFresh();
		}
	});
});

describe('verifying a published run', () => {
	it('reports a wrong seed, a changed input and malformed data instead of matching', () => {
		const now = Date.UTC(2026, 8, 1, 5);
		pooledRequest(now - 3 * day, ['nogales']);
		const done = runAllocation(db, '2026-08-31', now - 60_000, settings, { now });
		if (done.status !== 'done') throw new Error(done.status);
		const published = done.published;
		expect(verifyPublishedRun(published)).toEqual({ match: true });
		expect(verifyPublishedRun({ ...published, seed: 'f'.repeat(64) }).match).toBe(false);
		expect(verifyPublishedRun({ ...published, seed: 'not hex' }).match).toBe(false);
		const moreSeats = published.requests.map((r) => ({ ...r, partySize: r.partySize + 20 }));
		expect(verifyPublishedRun({ ...published, requests: moreSeats }).match).toBe(false);
		const doubled = { ...published, slots: [...published.slots, published.slots[0]!] };
		expect(verifyPublishedRun(doubled)).toMatchObject({
			match: false,
			difference: expect.stringContaining('not valid')
		});
	});
});

describe('cancelling a confirmed appointment', () => {
	it('frees its seats for the next run', async () => {
		const { cancelActiveRequest } = await import('../booking/requests');
		const { db: own, remove: removeOwn } = tempDatabase();
		try {
			const now = Date.UTC(2026, 9, 1, 5);
			own
				.insert(capacityOverride)
				.values(
					Array.from({ length: 16 }, (_, i) => ({
						portId: 'calexico',
						date: new Date(Date.UTC(2026, 8, 30 + i)).toISOString().slice(0, 10),
						slotTime: '08:00',
						seats: i === 3 ? 1 : 0
					}))
				)
				.run();
			const make = (n: number) => {
				const accountId = own
					.insert(account)
					.values({
						bookingCode: `C${n}`,
						pinHash: 'x',
						locale: 'es',
						channel: 'kiosk',
						createdAt: now
					})
					.returning({ id: account.id })
					.get().id;
				own
					.insert(appointmentRequest)
					.values({
						accountId,
						status: 'pooled',
						partySize: 1,
						portIds: ['calexico'],
						earliestDate: '2026-01-01',
						waitingSince: now - n * day,
						submissionKey: `c${n}`,
						createdAt: now,
						updatedAt: now
					})
					.run();
				return accountId;
			};
			const first = make(5);
			const second = make(1);
			const one = runAllocation(own, '2026-09-30', now - 1, settings, { now });
			expect(one.status === 'done' && one.result.offers.map((o) => o.seats)).toEqual([1]);
			expect(confirmOffer(own, first, now + 1)).toBe(true);
			expect(cancelActiveRequest(own, first, now + 2)).toBe(true);
			const two = runAllocation(own, '2026-10-01', now + day, settings, { now: now + day });
			if (two.status !== 'done') throw new Error(two.status);
			expect(two.result.offers).toHaveLength(1);
			const offered = own.select().from(offer).where(eq(offer.status, 'offered')).all();
			expect(offered).toHaveLength(1);
			expect(
				own
					.select()
					.from(appointmentRequest)
					.where(eq(appointmentRequest.id, offered[0]!.requestId))
					.get()?.accountId
			).toBe(second);
		} finally {
			removeOwn();
		}
	});
});
