/**
 * npm run allocate -- --date YYYY-MM-DD [--dry-run] [--now ISO-instant]
 *
 * Runs (or previews) the allocation for a date on the database of DATABASE_URL. A date already
 * run is never run again. `--now` sets the clock (offers past their deadline at that moment
 * expire first), for rehearsals and tests.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/lib/server/db';
import { seedDatabase } from '../src/lib/server/db/seed';
import { config } from '../src/lib/server/config';
import { runAllocation } from '../src/lib/server/allocation/run';
import { runSettings, scheduleOf } from '../src/lib/server/allocation/settings';
import { zonedInstant } from '../src/lib/server/allocation/schedule';

const { values } = parseArgs({
	options: {
		date: { type: 'string' },
		'dry-run': { type: 'boolean', default: false },
		now: { type: 'string' }
	}
});

if (!values.date || !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
	console.error('usage: npm run allocate -- --date YYYY-MM-DD [--dry-run] [--now ISO-instant]');
	process.exit(2);
}
const now = values.now ? Date.parse(values.now) : Date.now();
if (Number.isNaN(now)) {
	console.error('--now must be an ISO date and time, e.g. 2026-11-25T23:00:00-06:00');
	process.exit(2);
}

const db = openDatabase(config.databaseUrl);
seedDatabase(db);
const schedule = scheduleOf(db);
const cutoff = zonedInstant(values.date, schedule.cutoff, schedule.timeZone);
const outcome = runAllocation(db, values.date, cutoff, runSettings(db), {
	now,
	dryRun: values['dry-run'],
	claimant: `cli:${process.pid}`
});
if (outcome.status === 'already_run') {
	console.log(`allocation ${values.date}: already run, nothing done`);
	process.exit(0);
}
const byPhase = outcome.result.offers.reduce<Record<string, number>>((acc, o) => {
	acc[o.phase] = (acc[o.phase] ?? 0) + 1;
	return acc;
}, {});
const seats = outcome.published.slots.reduce((s, slot) => s + slot.seats, 0);
console.log(
	`allocation ${values.date}${outcome.status === 'dry_run' ? ' (dry run, nothing saved)' : ''}: ` +
		`pooled=${outcome.published.requests.length} seats=${seats} offers=${outcome.result.offers.length} ` +
		Object.entries(byPhase)
			.map(([phase, n]) => `${phase}=${n}`)
			.join(' ')
);
for (const row of outcome.equity.rows.filter((r) => r.warning)) {
	console.log(
		`equity warning: ${row.dimension}=${row.group} rate=${row.rate.toFixed(3)} ratio=${row.ratio.toFixed(2)}`
	);
}
db.$client.close();
