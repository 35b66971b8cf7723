import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import { claimNext, complete, enqueue, hasPending, purgeJobs, retryLater } from './queue';
import { fullPass, nextFullPassAt, scheduleFullPass, workJobs } from './worker';

const { db, remove } = tempDatabase();
afterAll(() => remove());
const minute = 60_000;

describe('the job queue', () => {
	it('gives a due job to one claimant only, and none before it is due', () => {
		const now = 1_000_000;
		enqueue(db, 'test.echo', { n: 1 }, now, now + minute);
		expect(claimNext(db, 'a', now)).toBeNull();
		const job = claimNext(db, 'a', now + minute);
		expect(job).toMatchObject({ channel: 'test.echo', payload: { n: 1 }, attempts: 1 });
		expect(claimNext(db, 'b', now + minute)).toBeNull();
		complete(db, job!.id, now + minute);
		expect(hasPending(db, 'test.echo')).toBe(false);
	});
	it('tries a failed job again later, waiting longer each time', () => {
		const now = 2_000_000;
		enqueue(db, 'test.fail', {}, now);
		const first = claimNext(db, 'a', now)!;
		retryLater(db, first, 'boom', now);
		expect(claimNext(db, 'a', now + minute - 1)).toBeNull();
		const second = claimNext(db, 'a', now + minute)!;
		expect(second.attempts).toBe(2);
		retryLater(db, second, 'boom', now + minute);
		expect(claimNext(db, 'a', now + 2 * minute)).toBeNull();
		expect(claimNext(db, 'a', now + 3 * minute)?.attempts).toBe(3);
	});
	it('takes over a job whose process died', () => {
		const now = 3_000_000;
		enqueue(db, 'test.dead', {}, now);
		const claimed = claimNext(db, 'dead-process', now)!;
		expect(claimNext(db, 'b', now + 5 * minute)?.id).not.toBe(claimed.id);
		expect(claimNext(db, 'b', now + 11 * minute)?.id).toBe(claimed.id);
	});
	it('keeps finished jobs a week', () => {
		const now = 10 * 24 * 60 * minute;
		enqueue(db, 'test.old', {}, 0);
		const job = claimNext(db, 'a', 0)!;
		complete(db, job.id, 0);
		purgeJobs(db, now);
		expect(
			db.$client.prepare("select count(*) n from job where channel = 'test.old'").get()
		).toEqual({ n: 0 });
	});
});

describe('the nightly full pass', () => {
	it('is queued once for the next 03:00, and queues the next when done', () => {
		const now = Date.UTC(2026, 10, 25, 15);
		scheduleFullPass(db, now);
		scheduleFullPass(db, now);
		const waiting = () =>
			db.$client
				.prepare('select next_try_at from job where channel = ? and done_at is null')
				.all(fullPass) as {
				next_try_at: number;
			}[];
		expect(waiting()).toEqual([{ next_try_at: nextFullPassAt(now) }]);
		// 03:00 in Chicago is 09:00 UTC in November.
		expect(new Date(nextFullPassAt(now)).toISOString()).toBe('2026-11-26T09:00:00.000Z');
		db.$client.prepare("update job set done_at = 1 where channel like 'test.%'").run();
		expect(workJobs(db, 'a', nextFullPassAt(now))).toBe(1);
		expect(waiting()).toHaveLength(1);
		expect(waiting()[0]!.next_try_at).toBeGreaterThan(nextFullPassAt(now));
	});
});
