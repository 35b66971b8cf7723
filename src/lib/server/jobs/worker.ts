/**
 * Working through the job queue: each server process takes due jobs a few at a time. The
 * integrity jobs are a registration's check as it arrives and the nightly full pass, which
 * puts the next night's pass in the queue when it is done (so exactly one is ever waiting);
 * the daily retention purge (retention/job.ts) queues its next run the same way.
 */
import type { Db } from '../db';
import { config } from '../config';
import { addDays } from '../../schemas/date-parts';
import { dateInZone, zonedInstant } from '../allocation/schedule';
import { checkRegistration } from '../fraud/registration-check';
import { runFullPass } from '../fraud/full-pass';
import { claimNext, complete, enqueue, hasPending, retryLater, type Job } from './queue';
import { retentionChannel, runRetention, scheduleRetention } from '../retention/job';

export const registrationCheck = 'integrity.registration';
export const fullPass = 'integrity.full_pass';
/** The nightly pass starts at this local time (allocation time zone), away from the cutoff. */
const fullPassAt = '03:00';

export function nextFullPassAt(now: number): number {
	const zone = config.allocationTimeZone;
	const today = dateInZone(now, zone);
	const tonight = zonedInstant(today, fullPassAt, zone);
	return tonight > now ? tonight : zonedInstant(addDays(today, 1), fullPassAt, zone);
}

/** Makes sure the next nightly pass is in the queue. */
export function scheduleFullPass(db: Db, now: number): void {
	db.$client
		.transaction(() => {
			if (!hasPending(db, fullPass)) enqueue(db, fullPass, {}, now, nextFullPassAt(now));
		})
		.immediate();
}

function run(db: Db, job: Job, now: number): void {
	if (job.channel === registrationCheck) checkRegistration(db, Number(job.payload.accountId), now);
	else if (job.channel === fullPass) runFullPass(db, now);
	else if (job.channel === retentionChannel) runRetention(db, now);
	else throw new Error(`no handler for ${job.channel}`);
}

/** Works through up to `limit` due jobs; returns how many were done. */
export function workJobs(db: Db, claimant: string, now: number, limit = 20): number {
	let done = 0;
	for (let i = 0; i < limit; i++) {
		const job = claimNext(db, claimant, now);
		if (!job) break;
		try {
			run(db, job, now);
			complete(db, job.id, Date.now());
			if (job.channel === fullPass) scheduleFullPass(db, now);
			if (job.channel === retentionChannel) scheduleRetention(db, now);
			done++;
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			console.error(`job ${job.channel} #${job.id} failed: ${message}`);
			retryLater(db, job, message, Date.now());
		}
	}
	return done;
}
