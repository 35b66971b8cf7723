/**
 * The SQLite job queue (the outbox). A job is written in the same transaction as the change
 * that asks for it, so it is never lost or made for a change that did not happen; any server
 * process may claim it (one atomic UPDATE), and a job whose process died is taken over.
 */
import type { Db } from '../db';

export type Job = {
	id: number;
	channel: string;
	payload: Record<string, unknown>;
	attempts: number;
};

/** A claimed job not finished within this long is taken over by another process. */
const claimExpiryMs = 10 * 60_000;

export function enqueue(
	db: Db,
	channel: string,
	payload: Record<string, unknown>,
	now: number,
	runAt = now
): number {
	const row = db.$client
		.prepare(
			'insert into job (channel, payload, next_try_at, created_at) values (?, ?, ?, ?) returning id'
		)
		.get(channel, JSON.stringify(payload), runAt, now) as { id: number };
	return row.id;
}

/** Whether a job of this channel is waiting or running (for jobs that must exist once). */
export function hasPending(db: Db, channel: string): boolean {
	return !!db.$client
		.prepare('select 1 from job where channel = ? and done_at is null')
		.get(channel);
}

/** Takes the oldest due job for this process, or null when none is due. */
export function claimNext(db: Db, claimant: string, now: number): Job | null {
	const row = db.$client
		.prepare(
			`update job set claimed_by = ?, claimed_at = ?, attempts = attempts + 1
			 where id = (select id from job where done_at is null and next_try_at <= ?
			             and (claimed_at is null or claimed_at < ?) order by next_try_at, id limit 1)
			 returning id, channel, payload, attempts`
		)
		.get(claimant, now, now, now - claimExpiryMs) as
		{ id: number; channel: string; payload: string; attempts: number } | undefined;
	return row ? { ...row, payload: JSON.parse(row.payload) as Record<string, unknown> } : null;
}

export function complete(db: Db, id: number, now: number): void {
	db.$client.prepare('update job set done_at = ?, error = null where id = ?').run(now, id);
}

/** Tries again later, waiting longer each time (1, 2, 4 … minutes, at most an hour). */
export function retryLater(db: Db, job: Job, message: string, now: number): void {
	const wait = Math.min(60, 2 ** (job.attempts - 1)) * 60_000;
	db.$client
		.prepare(
			'update job set claimed_by = null, claimed_at = null, next_try_at = ?, error = ? where id = ?'
		)
		.run(now + wait, message.slice(0, 500), job.id);
}

/** Finished jobs are kept a week for inspection, then dropped. */
export function purgeJobs(db: Db, now: number): void {
	db.$client.prepare('delete from job where done_at < ?').run(now - 7 * 24 * 60 * 60_000);
}
