/**
 * The daily retention job, in the SQLite job queue like the nightly integrity pass: exactly
 * one waits at a time, any server process may claim it (once), and when done it puts the next
 * day's in the queue. A server that was down at the hour runs it as soon as it starts.
 */
import type { Db } from '../db';
import { config } from '../config';
import { addDays } from '../../schemas/date-parts';
import { dateInZone, zonedInstant } from '../allocation/schedule';
import { enqueue, hasPending } from '../jobs/queue';
import { describeReport, purgePersonalData, type RetentionReport } from './purge';
import { retentionPolicy, type RetentionPolicy } from './rule';

export const retentionChannel = 'retention.purge';
/** After the integrity pass (03:00) and far from the allocation's cutoff, in the same zone. */
const retentionAt = '04:00';

/** The installation's rule, checked: an impossible setting throws rather than deletes. */
export function configuredPolicy(): RetentionPolicy {
	return retentionPolicy({
		daysAfterAppointment: config.retentionDaysAfterAppointment,
		daysInactive: config.retentionDaysInactive,
		timeZone: config.allocationTimeZone
	});
}

export function nextRetentionAt(now: number, timeZone = config.allocationTimeZone): number {
	const today = dateInZone(now, timeZone);
	const atToday = zonedInstant(today, retentionAt, timeZone);
	return atToday > now ? atToday : zonedInstant(addDays(today, 1), retentionAt, timeZone);
}

/**
 * Makes sure the next run is in the queue. Called at every start, so the settings are checked
 * there too: a server with an impossible retention period does not start.
 */
export function scheduleRetention(db: Db, now: number): void {
	configuredPolicy();
	db.$client
		.transaction(() => {
			if (!hasPending(db, retentionChannel)) {
				enqueue(db, retentionChannel, {}, now, nextRetentionAt(now));
			}
		})
		.immediate();
}

/** The job itself: applies the rule and logs the counts when anything was purged. */
export function runRetention(db: Db, now: number): RetentionReport {
	const report = purgePersonalData(db, configuredPolicy(), now);
	if (report.removed.accounts) for (const line of describeReport(report)) console.log(line);
	return report;
}
