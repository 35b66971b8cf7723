import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlotIndex } from './slot-index';

/** The obvious answer: scan from `from` to the end. */
function bruteFirstFitting(free: readonly number[], from: number, needed: number): number {
	for (let i = Math.max(0, from); i < free.length; i++) if (free[i]! >= needed) return i;
	return -1;
}

type Step = { kind: 'query'; from: number; needed: number } | { kind: 'take'; at: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
	fc.record({
		kind: fc.constant('query' as const),
		from: fc.integer({ min: 0, max: 70 }),
		needed: fc.integer({ min: 1, max: 45 })
	}),
	fc.record({ kind: fc.constant('take' as const), at: fc.nat() })
);

describe('SlotIndex', () => {
	it('finds the same first fitting position as a linear scan, before and after takes', () => {
		fc.assert(
			fc.property(
				// Lengths on both sides of powers of two: 0, 1, 2, 3, 4, 5, … 65.
				fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 65 }),
				fc.array(stepArb, { maxLength: 80 }),
				(seats, steps) => {
					const index = new SlotIndex(seats);
					const free = [...seats];
					for (const step of steps) {
						if (step.kind === 'query') {
							expect(index.firstFitting(step.from, step.needed)).toBe(
								bruteFirstFitting(free, step.from, step.needed)
							);
						} else if (free.length > 0) {
							// Take what allocate would: a party that fits in the first slot found.
							const at = step.at % free.length;
							const party = Math.min(free[at]!, 1 + (step.at % 6));
							if (party < 1) continue;
							index.take(at, party);
							free[at]! -= party;
						}
						for (let i = 0; i < free.length; i++) expect(index.free(i)).toBe(free[i]);
					}
					// A full sweep at the end, every from and every need up to the largest.
					const largest = Math.max(0, ...free);
					for (let from = 0; from <= free.length; from++)
						for (let needed = 1; needed <= largest + 1; needed++)
							expect(index.firstFitting(from, needed)).toBe(bruteFirstFitting(free, from, needed));
				}
			),
			{ numRuns: 400 }
		);
	});

	it('finds nothing in an empty index or past the end', () => {
		expect(new SlotIndex([]).firstFitting(0, 1)).toBe(-1);
		const index = new SlotIndex([5, 5, 5]);
		expect(index.firstFitting(3, 1)).toBe(-1);
		expect(index.firstFitting(100, 1)).toBe(-1);
	});

	it('finds a later slot when an earlier one is too small, and nothing when all are', () => {
		const index = new SlotIndex([2, 0, 7, 3, 9]);
		expect(index.firstFitting(0, 1)).toBe(0);
		expect(index.firstFitting(0, 3)).toBe(2);
		expect(index.firstFitting(3, 3)).toBe(3);
		expect(index.firstFitting(3, 4)).toBe(4);
		expect(index.firstFitting(0, 10)).toBe(-1);
		index.take(2, 7);
		expect(index.free(2)).toBe(0);
		expect(index.firstFitting(0, 3)).toBe(3);
		index.take(4, 8);
		expect(index.firstFitting(0, 4)).toBe(-1);
		expect(index.firstFitting(0, 3)).toBe(3);
	});

	it('answers quickly for a large index asked many times after it is full', () => {
		const n = 50_000;
		const index = new SlotIndex(Array.from({ length: n }, () => 1));
		for (let i = 0; i < n; i++) index.take(i, 1);
		const started = performance.now();
		let found = 0;
		for (let i = 0; i < 200_000; i++) if (index.firstFitting(i % n, 1) !== -1) found++;
		expect(found).toBe(0);
		// A linear scan would make 10^10 steps here; the tree answers at the root.
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
