/** What the public allocation page shows: the committed seeds ahead and the runs done. */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { allocationRun } from '../db/schema';
import type { EquityReport } from './equity';

export function upcomingCommitments(db: Db) {
	return db
		.select({
			runDate: allocationRun.runDate,
			seedCommitment: allocationRun.seedCommitment,
			cutoff: allocationRun.cutoff
		})
		.from(allocationRun)
		.where(eq(allocationRun.status, 'committed'))
		.orderBy(allocationRun.runDate)
		.limit(2)
		.all();
}

export function recentRuns(db: Db, limit = 14) {
	return db
		.select({
			runDate: allocationRun.runDate,
			offersMade: allocationRun.offersMade,
			equityReport: allocationRun.equityReport
		})
		.from(allocationRun)
		.where(eq(allocationRun.status, 'done'))
		.orderBy(desc(allocationRun.runDate))
		.limit(limit)
		.all()
		.map((r) => ({
			runDate: r.runDate,
			offersMade: r.offersMade ?? 0,
			equity: r.equityReport as EquityReport | null
		}));
}
