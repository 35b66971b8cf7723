/**
 * The daily schedule inside the server: every minute, expire late offers, keep the next
 * date's seed committed, and run the latest date whose cutoff has passed. Every server
 * process may tick; the run's job row lets only one of them run a date.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { allocationRun } from '../db/schema';
import { addDays } from '../../schemas/date-parts';
import { expireOffers } from './offers';
import { commitSeed, runAllocation, type RunSettings } from './run';
import { dateInZone, zonedInstant } from './schedule';

export type Schedule = { cutoff: string; timeZone: string };

/** The run date and cutoff instant of the latest cutoff at or before `now`. */
export function latestCutoff(now: number, schedule: Schedule): { runDate: string; cutoff: number } {
	const today = dateInZone(now, schedule.timeZone);
	const todays = zonedInstant(today, schedule.cutoff, schedule.timeZone);
	const runDate = todays <= now ? today : addDays(today, -1);
	return { runDate, cutoff: zonedInstant(runDate, schedule.cutoff, schedule.timeZone) };
}

export function schedulerTick(
	db: Db,
	schedule: Schedule,
	settings: RunSettings,
	now: number
): string | null {
	expireOffers(db, now);
	const latest = latestCutoff(now, schedule);
	const next = addDays(latest.runDate, 1);
	// The window for the next run is open: its seed is committed (and public) from now on.
	commitSeed(db, next, zonedInstant(next, schedule.cutoff, schedule.timeZone), now);

	const run = db
		.select()
		.from(allocationRun)
		.where(eq(allocationRun.runDate, latest.runDate))
		.get();
	// Only a date whose seed was committed before its cutoff runs by itself: on a first start
	// there is no such date, and the CLI can still run one by hand.
	if (!run || run.committedAt >= run.cutoff || run.status === 'done') return null;
	const outcome = runAllocation(db, latest.runDate, run.cutoff, settings, { now });
	return outcome.status === 'done' ? latest.runDate : null;
}
