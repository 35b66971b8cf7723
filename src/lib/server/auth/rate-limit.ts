/** Attempt counters kept in SQLite, so limits hold across restarts and processes. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { rateLimit } from '../db/schema';
import { blockAfterFailures, type Allowance, type RateLimitPolicy } from './rate-limit-policy';

/** The time until which this key must wait, or 0. */
export function blockedUntil(db: Db, key: string, now: number): number {
	const row = db.select().from(rateLimit).where(eq(rateLimit.key, key)).get();
	return row && row.blockedUntil > now ? row.blockedUntil : 0;
}

export function recordFailure(db: Db, key: string, policy: RateLimitPolicy, now: number): number {
	return db.transaction((tx) => {
		const row = tx.select().from(rateLimit).where(eq(rateLimit.key, key)).get();
		const fresh = !row || now - row.firstFailureAt > policy.windowMs;
		const failures = fresh ? 1 : row.failures + 1;
		const firstFailureAt = fresh ? now : row.firstFailureAt;
		const wait = blockAfterFailures(failures, policy);
		const until = wait ? now + wait : 0;
		tx.insert(rateLimit)
			.values({ key, failures, firstFailureAt, blockedUntil: until })
			.onConflictDoUpdate({
				target: rateLimit.key,
				set: { failures, firstFailureAt, blockedUntil: until }
			})
			.run();
		return until;
	});
}

export function clearFailures(db: Db, key: string): void {
	db.delete(rateLimit).where(eq(rateLimit.key, key)).run();
}

/**
 * Counts one more use of an allowance (registrations from a network, requests sent by an
 * account…) in a fixed window, in the same table: `failures` holds the uses, `firstFailureAt`
 * the window's start. Within the limit the use is counted; past it, nothing is counted and
 * the time the window ends is returned. One transaction, so processes cannot both take the last use.
 */
export function takeAllowance(
	db: Db,
	key: string,
	allowance: Allowance,
	now: number
): { allowed: true } | { allowed: false; until: number } {
	return db.transaction((tx) => {
		const row = tx.select().from(rateLimit).where(eq(rateLimit.key, key)).get();
		const fresh = !row || now - row.firstFailureAt >= allowance.windowMs;
		const used = fresh ? 0 : row.failures;
		const windowStart = fresh ? now : row.firstFailureAt;
		if (used >= allowance.limit) return { allowed: false, until: windowStart + allowance.windowMs };
		const values = { failures: used + 1, firstFailureAt: windowStart, blockedUntil: 0 };
		tx.insert(rateLimit)
			.values({ key, ...values })
			.onConflictDoUpdate({ target: rateLimit.key, set: values })
			.run();
		return { allowed: true };
	});
}
