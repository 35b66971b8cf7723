/**
 * Allocation runs as administrators see and start them: the list with equity warnings, one
 * run's report, a preview that writes nothing, and a manual run (audited).
 */
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { allocationRun, appointmentRequest } from '../db/schema';
import type { Actor } from '../audit/audit-log';
import { appendAudit } from '../audit/audit-log';
import { config } from '../config';
import type { EquityReport } from './equity';
import { runAllocation, type RunOutcome } from './run';
import { dateInZone, zonedInstant } from './schedule';
import { runSettings, scheduleOf } from './settings';

export type RunListItem = {
	runDate: string;
	status: (typeof allocationRun.$inferSelect)['status'];
	offersMade: number | null;
	pooled: number | null;
	warnings: number;
	finishedAt: number | null;
};

/** Today's date where the allocation runs (its time zone). */
export const allocationToday = (now: number) => dateInZone(now, config.allocationTimeZone);

export function listRuns(db: Db, limit = 30): RunListItem[] {
	return db
		.select()
		.from(allocationRun)
		.orderBy(desc(allocationRun.runDate))
		.limit(limit)
		.all()
		.map((run) => {
			const report = run.equityReport as EquityReport | null;
			return {
				runDate: run.runDate,
				status: run.status,
				offersMade: run.offersMade,
				pooled: report?.pooled ?? null,
				warnings: report?.rows.filter((r) => r.warning).length ?? 0,
				finishedAt: run.finishedAt
			};
		});
}

export function findRun(db: Db, runDate: string) {
	const run = db.select().from(allocationRun).where(eq(allocationRun.runDate, runDate)).get();
	if (!run) return null;
	return {
		runDate: run.runDate,
		status: run.status,
		seedCommitment: run.seedCommitment,
		// The seed stays secret until the run is done (it decides the lottery).
		seed: run.status === 'done' ? run.seed : null,
		algorithmVersion: run.algorithmVersion,
		inputsDigest: run.inputsDigest,
		offersMade: run.offersMade,
		cutoff: run.cutoff,
		startedAt: run.startedAt,
		finishedAt: run.finishedAt,
		error: run.error,
		equity: run.equityReport as EquityReport | null
	};
}

export type RunSummary = {
	runDate: string;
	pooledRequests: number;
	pooledPeople: number;
	seatsOpen: number;
	offers: number;
	seatsOffered: number;
	byPort: { portId: string; offers: number; seats: number; seatsOpen: number }[];
	byPhase: Record<string, number>;
	equity: EquityReport;
};

function summarise(runDate: string, outcome: Exclude<RunOutcome, { status: 'already_run' }>) {
	const byPort = new Map<string, { offers: number; seats: number; seatsOpen: number }>();
	const entry = (portId: string) => {
		let e = byPort.get(portId);
		if (!e) byPort.set(portId, (e = { offers: 0, seats: 0, seatsOpen: 0 }));
		return e;
	};
	for (const slot of outcome.published.slots) entry(slot.portId).seatsOpen += slot.seats;
	const byPhase: Record<string, number> = {};
	for (const o of outcome.result.offers) {
		entry(o.portId).offers++;
		entry(o.portId).seats += o.seats;
		byPhase[o.phase] = (byPhase[o.phase] ?? 0) + 1;
	}
	return {
		runDate,
		pooledRequests: outcome.pool.length,
		pooledPeople: outcome.pool.reduce((n, p) => n + p.partySize, 0),
		seatsOpen: outcome.published.slots.reduce((n, s) => n + s.seats, 0),
		offers: outcome.result.offers.length,
		seatsOffered: outcome.result.offers.reduce((n, o) => n + o.seats, 0),
		byPort: [...byPort]
			.map(([portId, e]) => ({ portId, ...e }))
			.sort((a, b) => (a.portId < b.portId ? -1 : 1)),
		byPhase,
		equity: outcome.equity
	} satisfies RunSummary;
}

function cutoffOf(db: Db, runDate: string): number {
	const schedule = scheduleOf(db);
	return zonedInstant(runDate, schedule.cutoff, schedule.timeZone);
}

/**
 * What a run for the date would do now, computed and thrown away: no offers, no seed
 * revealed. Null when the date has already been run.
 */
export function previewRun(db: Db, runDate: string, now: number): RunSummary | null {
	const existing = db.select().from(allocationRun).where(eq(allocationRun.runDate, runDate)).get();
	if (existing && existing.status !== 'committed' && existing.status !== 'failed') return null;
	const outcome = runAllocation(db, runDate, cutoffOf(db, runDate), runSettings(db), {
		now,
		dryRun: true
	});
	return outcome.status === 'already_run' ? null : summarise(runDate, outcome);
}

/** Runs the date now, for an administrator; null when it had already run (nothing changes). */
export function runNow(
	db: Db,
	runDate: string,
	actor: Actor & { kind: 'staff' },
	now: number
): RunSummary | null {
	const outcome = runAllocation(db, runDate, cutoffOf(db, runDate), runSettings(db), {
		now,
		claimant: `staff:${actor.id}`
	});
	if (outcome.status === 'already_run') return null;
	const summary = summarise(runDate, outcome);
	appendAudit(
		db,
		{
			actor,
			action: 'allocation.run_by_hand',
			subject: `run:${runDate}`,
			details: {
				offers: summary.offers,
				seats: summary.seatsOffered,
				pooled: summary.pooledRequests
			}
		},
		now
	);
	return summary;
}

/** Requests waiting in the pool now (for the page's heading figures). */
export function pooledCount(db: Db): number {
	return (
		db
			.select({ n: sql<number>`count(*)` })
			.from(appointmentRequest)
			.where(eq(appointmentRequest.status, 'pooled'))
			.get()?.n ?? 0
	);
}
