/**
 * The lottery's odds, checked with a chi-square test over fixed seeds: the outcome is the same
 * on every run, so the test cannot flake; it fails only if the odds are wrong (or, once in a
 * thousand implementations, by bad luck of these particular seeds).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allocate, type PoolEntry, type Slot } from './allocate';

const dayMs = 86_400_000;
const cutoff = Date.parse('2025-03-11T04:00:00Z');
const runs = 3000;
const seeds = Array.from({ length: runs }, (_, i) =>
	createHash('sha256').update(`seed-${i}`).digest('hex')
);

/** Critical values of the chi-square distribution at 0.999, by degrees of freedom. */
const critical999: Record<number, number> = { 2: 13.816, 5: 20.515, 9: 27.877 };

function chiSquare(observed: readonly number[], probabilities: readonly number[]): number {
	const total = observed.reduce((a, b) => a + b, 0);
	return observed.reduce((sum, o, i) => {
		const expected = total * probabilities[i]!;
		return sum + (o - expected) ** 2 / expected;
	}, 0);
}

/** A request that has waited `days` whole days at the cutoff: weight days + 1. */
const waited = (id: string, days: number): PoolEntry => ({
	id,
	partySize: 1,
	portIds: ['calexico'],
	earliestDate: '2025-03-12',
	waitingSince: cutoff - days * dayMs - dayMs / 3,
	tier: 0
});

/** Lottery-only runs (seniority share 0) over one slot; returns the winners of each seed. */
function winnersOverSeeds(requests: PoolEntry[], seats: number): string[][] {
	const slots: Slot[] = [{ portId: 'calexico', date: '2025-03-12', time: '08:00', seats }];
	return seeds.map((seed) => {
		const { offers } = allocate({ seed, cutoff, seniorityShare: 0, requests, slots });
		expect(offers).toHaveLength(Math.min(seats, requests.length));
		expect(offers.every((o) => o.phase === 'lottery')).toBe(true);
		return offers.map((o) => o.requestId);
	});
}

describe('the weighted lottery', () => {
	it('gives one seat to weights 1, 2, 4 with odds 1/7, 2/7, 4/7', () => {
		const requests = [waited('w1', 0), waited('w2', 1), waited('w4', 3)];
		const counts = new Map(requests.map((r) => [r.id, 0]));
		for (const [winner] of winnersOverSeeds(requests, 1))
			counts.set(winner!, counts.get(winner!)! + 1);
		const observed = requests.map((r) => counts.get(r.id)!);
		expect(observed.reduce((a, b) => a + b, 0)).toBe(runs);
		expect(chiSquare(observed, [1 / 7, 2 / 7, 4 / 7])).toBeLessThan(critical999[2]!);
		// The test can tell: equal odds, or odds by the square of the weight, are rejected.
		expect(chiSquare(observed, [1 / 3, 1 / 3, 1 / 3])).toBeGreaterThan(critical999[2]!);
		expect(chiSquare(observed, [1 / 21, 4 / 21, 16 / 21])).toBeGreaterThan(critical999[2]!);
	});

	it('picks first among weights 1 to 10 with odds proportional to the weight', () => {
		const requests = Array.from({ length: 10 }, (_, i) => waited(`r${i}`, i));
		const weights = requests.map((_, i) => i + 1);
		const total = weights.reduce((a, b) => a + b, 0);
		const counts = new Map(requests.map((r) => [r.id, 0]));
		for (const [winner] of winnersOverSeeds(requests, 1))
			counts.set(winner!, counts.get(winner!)! + 1);
		const observed = requests.map((r) => counts.get(r.id)!);
		expect(
			chiSquare(
				observed,
				weights.map((w) => w / total)
			)
		).toBeLessThan(critical999[9]!);
		expect(
			chiSquare(
				observed,
				weights.map(() => 1 / 10)
			)
		).toBeGreaterThan(critical999[9]!);
	});

	it('fills two seats as draws without replacement (weights 1, 2, 3, 4)', () => {
		const requests = [waited('a', 0), waited('b', 1), waited('c', 2), waited('d', 3)];
		const w = [1, 2, 3, 4];
		const total = 10;
		// P({i, j}) = w_i/W · w_j/(W − w_i) + w_j/W · w_i/(W − w_j).
		const pairs: Array<[number, number]> = [];
		for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) pairs.push([i, j]);
		const probability = pairs.map(
			([i, j]) =>
				(w[i]! / total) * (w[j]! / (total - w[i]!)) + (w[j]! / total) * (w[i]! / (total - w[j]!))
		);
		expect(probability.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		const ids = requests.map((r) => r.id);
		const counts = pairs.map(() => 0);
		for (const winners of winnersOverSeeds(requests, 2)) {
			const [i, j] = winners.map((id) => ids.indexOf(id)).sort((x, y) => x - y);
			counts[pairs.findIndex(([p, q]) => p === i && q === j)]!++;
		}
		expect(chiSquare(counts, probability)).toBeLessThan(critical999[5]!);
		// Pairs drawn with equal odds are rejected.
		expect(
			chiSquare(
				counts,
				pairs.map(() => 1 / 6)
			)
		).toBeGreaterThan(critical999[5]!);
	});

	it('gives the same odds whatever the ids are called', () => {
		// Ids only fix which generator number each request gets; renaming must not change the odds.
		const requests = [waited('zz-1', 0), waited('AA-2', 1), waited('mm-4', 3)];
		const counts = new Map(requests.map((r) => [r.id, 0]));
		for (const [winner] of winnersOverSeeds(requests, 1))
			counts.set(winner!, counts.get(winner!)! + 1);
		const observed = requests.map((r) => counts.get(r.id)!);
		expect(chiSquare(observed, [1 / 7, 2 / 7, 4 / 7])).toBeLessThan(critical999[2]!);
	});
});
