/**
 * How long to wait after failed attempts. Pure: the storage is in rate-limit.ts.
 * The wait doubles after each failure past the allowance and is capped, so the owner of an
 * account is slowed down but never locked out for good.
 */
export type RateLimitPolicy = {
	/** Failures allowed before any wait. */
	allowance: number;
	/** The first wait, in milliseconds. */
	firstBlockMs: number;
	/** The longest wait, in milliseconds. */
	maxBlockMs: number;
	/** Failures older than this are forgotten. */
	windowMs: number;
};

export const signInPerCode: RateLimitPolicy = {
	allowance: 5,
	firstBlockMs: 60_000,
	maxBlockMs: 60 * 60_000,
	windowMs: 24 * 60 * 60_000
};

/** Per network address: generous, since a whole shelter may share one. */
export const signInPerAddress: RateLimitPolicy = {
	allowance: 50,
	firstBlockMs: 60_000,
	maxBlockMs: 15 * 60_000,
	windowMs: 60 * 60_000
};

/** Staff sign-in per email: a staff account opens many records, so fewer tries. */
export const staffSignInPerEmail: RateLimitPolicy = {
	allowance: 5,
	firstBlockMs: 60_000,
	maxBlockMs: 60 * 60_000,
	windowMs: 24 * 60 * 60_000
};

/** So many uses per window (successes, not failures: registrations, requests sent). */
export type Allowance = { limit: number; windowMs: number };

/** The wait after the given number of failures (0 while within the allowance). */
export function blockAfterFailures(failures: number, policy: RateLimitPolicy): number {
	if (failures < policy.allowance) return 0;
	const doublings = Math.min(failures - policy.allowance, 30);
	return Math.min(policy.firstBlockMs * 2 ** doublings, policy.maxBlockMs);
}

/** Whole minutes to tell a person, never 0. */
export function minutesToWait(blockedUntil: number, now: number): number {
	return Math.max(1, Math.ceil((blockedUntil - now) / 60_000));
}
