import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	blockAfterFailures,
	minutesToWait,
	signInPerAddress,
	signInPerCode,
	type RateLimitPolicy
} from './rate-limit-policy';

const policy: RateLimitPolicy = {
	allowance: 3,
	firstBlockMs: 1_000,
	maxBlockMs: 10_000,
	windowMs: 60_000
};

describe('blockAfterFailures', () => {
	it('does not block within the allowance', () => {
		for (let failures = 0; failures < policy.allowance; failures++) {
			expect(blockAfterFailures(failures, policy)).toBe(0);
		}
	});

	it('starts with the first wait and doubles after each further failure', () => {
		expect(blockAfterFailures(3, policy)).toBe(1_000);
		expect(blockAfterFailures(4, policy)).toBe(2_000);
		expect(blockAfterFailures(5, policy)).toBe(4_000);
		expect(blockAfterFailures(6, policy)).toBe(8_000);
	});

	it('stops at the longest wait', () => {
		expect(blockAfterFailures(7, policy)).toBe(10_000);
		expect(blockAfterFailures(100, policy)).toBe(10_000);
		expect(blockAfterFailures(10_000, policy)).toBe(10_000);
		expect(blockAfterFailures(Number.MAX_SAFE_INTEGER, policy)).toBe(10_000);
	});

	it('never locks anyone out for good, for any number of failures', () => {
		for (const p of [policy, signInPerCode, signInPerAddress]) {
			fc.assert(
				fc.property(fc.nat(), (failures) => {
					const wait = blockAfterFailures(failures, p);
					expect(Number.isFinite(wait)).toBe(true);
					expect(wait).toBeGreaterThanOrEqual(0);
					expect(wait).toBeLessThanOrEqual(p.maxBlockMs);
				})
			);
		}
	});

	it('never waits less after more failures', () => {
		fc.assert(
			fc.property(fc.nat(10_000), (failures) => {
				expect(blockAfterFailures(failures + 1, signInPerCode)).toBeGreaterThanOrEqual(
					blockAfterFailures(failures, signInPerCode)
				);
			})
		);
	});

	it('blocks a booking code after five failures, for at most an hour', () => {
		expect(blockAfterFailures(4, signInPerCode)).toBe(0);
		expect(blockAfterFailures(5, signInPerCode)).toBeGreaterThan(0);
		expect(blockAfterFailures(1_000, signInPerCode)).toBeLessThanOrEqual(60 * 60_000);
	});

	it('is generous with a shared network address', () => {
		expect(blockAfterFailures(49, signInPerAddress)).toBe(0);
		expect(blockAfterFailures(50, signInPerAddress)).toBeGreaterThan(0);
	});
});

describe('minutesToWait', () => {
	const now = 1_750_000_000_000;

	it('rounds up to whole minutes', () => {
		expect(minutesToWait(now + 60_000, now)).toBe(1);
		expect(minutesToWait(now + 60_001, now)).toBe(2);
		expect(minutesToWait(now + 30 * 60_000, now)).toBe(30);
		expect(minutesToWait(now + 1, now)).toBe(1);
	});

	it('never says 0 minutes, even when the wait is over', () => {
		expect(minutesToWait(now, now)).toBe(1);
		expect(minutesToWait(now - 5 * 60_000, now)).toBe(1);
		fc.assert(
			fc.property(fc.integer({ min: -1e12, max: 1e12 }), (delta) => {
				expect(minutesToWait(now + delta, now)).toBeGreaterThanOrEqual(1);
			})
		);
	});
});
