/**
 * npm run retention -- [--dry-run] [--now ISO-instant]
 *
 * Applies the retention rule for personal data to the database of DATABASE_URL now (the
 * server does it daily at 04:00 by itself) and prints what it purged, as counts only. A dry
 * run prints what it would purge and changes nothing. `--now` sets the clock, to see what a
 * later day would purge. The periods come from RETENTION_DAYS_AFTER_APPOINTMENT and
 * RETENTION_DAYS_INACTIVE, as in the server.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/lib/server/db';
import { config } from '../src/lib/server/config';
import { configuredPolicy } from '../src/lib/server/retention/job';
import { describeReport, purgePersonalData } from '../src/lib/server/retention/purge';
import type { RetentionPolicy } from '../src/lib/server/retention/rule';

const usage = 'usage: npm run retention -- [--dry-run] [--now ISO-instant]';
let values: { 'dry-run': boolean; now?: string };
try {
	({ values } = parseArgs({
		options: {
			'dry-run': { type: 'boolean', default: false },
			now: { type: 'string' }
		}
	}));
} catch {
	console.error(usage);
	process.exit(2);
}
const now = values.now ? Date.parse(values.now) : Date.now();
if (Number.isNaN(now)) {
	console.error('--now must be an ISO date and time, e.g. 2026-11-25T04:00:00-06:00');
	process.exit(2);
}
let policy: RetentionPolicy;
try {
	policy = configuredPolicy();
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}

const db = openDatabase(config.databaseUrl);
try {
	const report = purgePersonalData(db, policy, now, { dryRun: values['dry-run'] });
	console.log(
		`rule: ${policy.daysAfterAppointment} days after the last appointment, ` +
			`${policy.daysInactive} days without use (${policy.timeZone})`
	);
	for (const line of describeReport(report)) console.log(line);
} finally {
	db.$client.close();
}
