/**
 * Running the allocation for one date against the database: expire late offers, claim the
 * date's job row, read the pool and capacity, call the pure `allocate`, and store the offers,
 * the published run and its equity report in one transaction.
 */
import { and, eq, gte, inArray, lte, or, lt } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db';
import { keyedPseudonym } from '../pseudonym';
import {
	account,
	allocationRun,
	appointmentRequest,
	capacityOverride,
	capacityTemplate,
	offer,
	port
} from '../db/schema';
import { addDays } from '../../schemas/date-parts';
import { allocate, algorithmVersion, type AllocationResult, type PoolEntry } from './allocate';
import { slotsForRun } from './capacity';
import { equityReport, type EquityEntry, type EquityReport } from './equity';
import { seedCommitment } from './prng';
import type { PublishedRun } from './published-run';
import { expireOffers } from './offers';

export type RunSettings = {
	seniorityShare: number;
	horizonDays: number;
	confirmHours: number;
	/** The equity report's warning threshold (see equity.ts). */
	equityMaxRatio: number;
	/** Secret for the pseudonymous ids published with the run. */
	pseudonymKey: Buffer;
};

/** A claimed run whose process died is taken over after this long. */
const staleRunMs = 60 * 60_000;

/** Makes sure the date has its seed committed (and its SHA-256 public); returns the row. */
export function commitSeed(db: Db, runDate: string, cutoff: number, now: number) {
	const seed = randomBytes(32).toString('hex');
	db.insert(allocationRun)
		.values({
			runDate,
			status: 'committed',
			seed,
			seedCommitment: seedCommitment(seed),
			cutoff,
			committedAt: now
		})
		.onConflictDoNothing()
		.run();
	return db.select().from(allocationRun).where(eq(allocationRun.runDate, runDate)).get()!;
}

/** Atomically takes the date's run for this process: true for exactly one claimant. */
export function claimRun(db: Db, runDate: string, claimant: string, now: number): boolean {
	const result = db
		.update(allocationRun)
		.set({ status: 'running', claimedBy: claimant, startedAt: now, error: null })
		.where(
			and(
				eq(allocationRun.runDate, runDate),
				or(
					inArray(allocationRun.status, ['committed', 'failed']),
					and(eq(allocationRun.status, 'running'), lt(allocationRun.startedAt, now - staleRunMs))
				)
			)
		)
		.run();
	return result.changes === 1;
}

const pseudonym = (key: Buffer, requestId: number) => keyedPseudonym(key, 'request', requestId);

type PoolRow = EquityEntry & { requestId: number };

function readPool(db: Db, key: Buffer): PoolRow[] {
	return db
		.select({
			requestId: appointmentRequest.id,
			partySize: appointmentRequest.partySize,
			portIds: appointmentRequest.portIds,
			earliestDate: appointmentRequest.earliestDate,
			waitingSince: appointmentRequest.waitingSince,
			tier: appointmentRequest.priorityTier,
			channel: account.channel,
			language: account.locale
		})
		.from(appointmentRequest)
		.innerJoin(account, eq(account.id, appointmentRequest.accountId))
		.where(eq(appointmentRequest.status, 'pooled'))
		.all()
		.map((r) => ({ ...r, id: pseudonym(key, r.requestId) }));
}

function readSlots(db: Db, runDate: string, horizonDays: number) {
	const first = addDays(runDate, 1);
	const last = addDays(runDate, horizonDays);
	const taken = db
		.select({ portId: offer.portId, date: offer.date, time: offer.slotTime, seats: offer.seats })
		.from(offer)
		.where(
			and(
				inArray(offer.status, ['offered', 'confirmed']),
				gte(offer.date, first),
				lte(offer.date, last)
			)
		)
		.all();
	const overrides = db
		.select()
		.from(capacityOverride)
		.where(and(gte(capacityOverride.date, first), lte(capacityOverride.date, last)))
		.all();
	// A closed port offers no new seats; appointments already made there stand.
	const open = new Set(
		db
			.select({ id: port.id })
			.from(port)
			.where(eq(port.active, true))
			.all()
			.map((p) => p.id)
	);
	return slotsForRun(
		runDate,
		horizonDays,
		db
			.select()
			.from(capacityTemplate)
			.all()
			.filter((t) => open.has(t.portId)),
		overrides.filter((o) => open.has(o.portId)),
		taken
	);
}

export type RunOutcome =
	| { status: 'already_run' }
	| {
			status: 'done' | 'dry_run';
			pool: PoolRow[];
			result: AllocationResult;
			published: PublishedRun;
			equity: EquityReport;
	  };

/**
 * Runs the date's allocation. A dry run computes and returns everything but writes nothing
 * (and does not reveal the seed: it runs with the committed seed only in memory).
 */
export function runAllocation(
	db: Db,
	runDate: string,
	cutoff: number,
	settings: RunSettings,
	options: { now: number; dryRun?: boolean; claimant?: string }
): RunOutcome {
	const { now } = options;
	if (!options.dryRun) expireOffers(db, now);
	const run = commitSeed(db, runDate, cutoff, now);
	if (!options.dryRun && !claimRun(db, runDate, options.claimant ?? `pid:${process.pid}`, now)) {
		return { status: 'already_run' };
	}
	const compute = () => {
		const pool = readPool(db, settings.pseudonymKey);
		const slots = readSlots(db, runDate, settings.horizonDays);
		const requests: PoolEntry[] = pool.map((p) => ({
			id: p.id,
			partySize: p.partySize,
			portIds: p.portIds,
			earliestDate: p.earliestDate,
			waitingSince: p.waitingSince,
			tier: p.tier
		}));
		const input = {
			seed: run.seed,
			cutoff: run.cutoff,
			seniorityShare: settings.seniorityShare,
			requests,
			slots
		};
		const result = allocate(input);
		const published: PublishedRun = {
			algorithmVersion,
			runDate,
			seedCommitment: run.seedCommitment,
			...input,
			offers: result.offers
		};
		return {
			pool,
			result,
			published,
			equity: equityReport(pool, result.offers, run.cutoff, {
				maxRatio: settings.equityMaxRatio,
				minGroupSize: 20
			})
		};
	};
	if (options.dryRun) return { status: 'dry_run', ...compute() };
	try {
		// Read and write in one write transaction: nothing can change the pool in between,
		// even from another process.
		const done = db.transaction(
			(tx) => {
				const computed = compute();
				storeRun(
					tx as unknown as Db,
					run.id,
					computed.pool,
					computed.published,
					computed.equity,
					settings,
					now
				);
				return computed;
			},
			{ behavior: 'immediate' }
		);
		return { status: 'done', ...done };
	} catch (error) {
		db.update(allocationRun)
			.set({ status: 'failed', error: error instanceof Error ? error.message : String(error) })
			.where(eq(allocationRun.id, run.id))
			.run();
		throw error;
	}
}

function storeRun(
	db: Db,
	runId: number,
	pool: PoolRow[],
	published: PublishedRun,
	equity: EquityReport,
	settings: RunSettings,
	now: number
): void {
	const requestOf = new Map(pool.map((p) => [p.id, p.requestId]));
	const confirmBy = now + settings.confirmHours * 60 * 60_000;
	const inputs = JSON.stringify({ slots: published.slots, requests: published.requests });
	{
		const tx = db;
		for (const o of published.offers) {
			const requestId = requestOf.get(o.requestId)!;
			tx.insert(offer)
				.values({
					requestId,
					runId,
					portId: o.portId,
					date: o.date,
					slotTime: o.time,
					seats: o.seats,
					status: 'offered',
					confirmBy,
					createdAt: now,
					updatedAt: now
				})
				.run();
			tx.update(appointmentRequest)
				.set({ status: 'offered', updatedAt: now })
				.where(and(eq(appointmentRequest.id, requestId), eq(appointmentRequest.status, 'pooled')))
				.run();
		}
		tx.update(allocationRun)
			.set({
				status: 'done',
				algorithmVersion,
				published: JSON.stringify(published),
				inputsDigest: createHash('sha256').update(inputs).digest('hex'),
				equityReport: equity,
				offersMade: published.offers.length,
				finishedAt: now
			})
			.where(eq(allocationRun.id, runId))
			.run();
	}
}
