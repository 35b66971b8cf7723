/**
 * Every allocation run as CSV, for oversight: when it ran, what it committed to, how many it
 * offered, and what the equity report warned about. The seed stays secret until its run is
 * done, as on the public page: before that, knowing it would let anyone foresee the lottery.
 */
import { asc } from 'drizzle-orm';
import type { Db } from '../db';
import { allocationRun } from '../db/schema';
import type { EquityReport } from '../allocation/equity';
import { toCsv } from './csv';

export const allocationRunsHeader = [
	'run_date',
	'status',
	'cutoff',
	'seed_commitment',
	'seed',
	'algorithm_version',
	'pool_size',
	'offers_made',
	'inputs_digest',
	'started_at',
	'finished_at',
	'equity_warning_count',
	'equity_warnings'
];

/** One row per run, oldest first; the seed only for runs whose status is `done`. */
export function allocationRunsCsv(db: Db): { csv: string; rows: number } {
	const runs = db.select().from(allocationRun).orderBy(asc(allocationRun.runDate)).all();
	const rows = runs.map((run) => {
		const equity = run.equityReport as EquityReport | null;
		const warnings = equity?.rows.filter((r) => r.warning) ?? [];
		return [
			run.runDate,
			run.status,
			isoTime(run.cutoff),
			run.seedCommitment,
			run.status === 'done' ? run.seed : '',
			run.algorithmVersion ?? '',
			equity?.pooled ?? '',
			run.offersMade ?? '',
			run.inputsDigest ?? '',
			isoTime(run.startedAt),
			isoTime(run.finishedAt),
			equity ? warnings.length : '',
			warnings.map((w) => `${w.dimension}=${w.group} (ratio ${w.ratio.toFixed(2)})`).join('; ')
		];
	});
	return { csv: toCsv(allocationRunsHeader, rows), rows: rows.length };
}

function isoTime(ms: number | null): string {
	return ms === null ? '' : new Date(ms).toISOString();
}
