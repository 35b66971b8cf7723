import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../schemas/date-parts';
import {
	algorithmVersion,
	allocate,
	type AllocationInput,
	type Offer,
	type Phase,
	type PoolEntry,
	type Slot
} from './allocate';

const dayMs = 86_400_000;
const cutoffDate = '2025-03-10';
/** 23:00 in Chicago on the cutoff date. */
const cutoff = Date.parse('2025-03-11T04:00:00Z');
const dateAt = (offset: number) => addDays(cutoffDate, offset);

const knownPorts = ['san-ysidro', 'calexico', 'nogales', 'el-paso'];
const unknownPorts = ['gone-port', 'typo-port'];
const times = ['07:30', '08:00', '09:00', '12:15', '16:45'];

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const seedArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(hex);

const shareArb = fc.oneof(
	{ arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 4 },
	{ arbitrary: fc.constantFrom(0, 1, 0.5), weight: 1 }
);

/** Short ids from a small alphabet (upper and lower case, digits, a dash) so order matters. */
const idArb = fc.string({
	unit: fc.constantFrom('a', 'b', 'c', 'Z', '0', '7', '-'),
	minLength: 1,
	maxLength: 6
});

const partyArb = fc.oneof(
	{ arbitrary: fc.integer({ min: 1, max: 2 }), weight: 3 },
	{ arbitrary: fc.integer({ min: 1, max: 6 }), weight: 2 }
);

const tierArb = fc.oneof(
	{ arbitrary: fc.constant(0), weight: 8 },
	{ arbitrary: fc.integer({ min: 1, max: 2 }), weight: 2 }
);

/** Mostly spread over 120 days; sometimes whole days, so that waits tie. */
const waitedArb = fc.oneof(
	{ arbitrary: fc.integer({ min: 0, max: 120 * dayMs }), weight: 4 },
	{ arbitrary: fc.integer({ min: 0, max: 4 }).map((d) => d * dayMs), weight: 1 }
);

function scenarioArb(
	options: { maxRequests?: number; maxSlots?: number } = {}
): fc.Arbitrary<AllocationInput> {
	const { maxRequests = 60, maxSlots = 40 } = options;
	return fc.integer({ min: 1, max: 4 }).chain((portCount) => {
		const ports = knownPorts.slice(0, portCount);
		const slot = fc
			.record({
				portId: fc.constantFrom(...ports),
				day: fc.integer({ min: 1, max: 14 }),
				time: fc.constantFrom(...times),
				seats: fc.integer({ min: 0, max: 12 })
			})
			.map(({ portId, day, time, seats }): Slot => ({ portId, date: dateAt(day), time, seats }));
		const request = fc
			.record({
				id: idArb,
				partySize: partyArb,
				portIds: fc.uniqueArray(fc.constantFrom(...ports, ...unknownPorts), {
					minLength: 1,
					maxLength: 3
				}),
				earliestDay: fc.integer({ min: -1, max: 15 }),
				waited: waitedArb,
				tier: tierArb
			})
			.map(({ id, partySize, portIds, earliestDay, waited, tier }): PoolEntry => ({
				id,
				partySize,
				portIds,
				earliestDate: dateAt(earliestDay),
				waitingSince: cutoff - waited,
				tier
			}));
		return fc.record({
			seed: seedArb,
			cutoff: fc.constant(cutoff),
			seniorityShare: shareArb,
			requests: fc.uniqueArray(request, { maxLength: maxRequests, selector: (r) => r.id }),
			slots: fc.uniqueArray(slot, {
				maxLength: maxSlots,
				selector: (s) => `${s.portId}|${s.date}|${s.time}`
			})
		});
	});
}

const scenario = scenarioArb();

// ---------------------------------------------------------------------------------------------
// Independent helpers (none of them calls into the module under test)
// ---------------------------------------------------------------------------------------------

const slotKey = (s: { portId: string; date: string; time: string }) =>
	`${s.portId}|${s.date}|${s.time}`;

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Free seats of every input slot after the offers are taken out of it. */
function remainingSeats(input: AllocationInput, offers: readonly Offer[]): Map<string, number> {
	const free = new Map<string, number>();
	for (const s of input.slots) free.set(slotKey(s), (free.get(slotKey(s)) ?? 0) + s.seats);
	for (const o of offers) free.set(slotKey(o), (free.get(slotKey(o)) ?? 0) - o.seats);
	return free;
}

/** Slots of a port on or after a date that still have room for a party, after the run. */
function fittingAfterRun(
	input: AllocationInput,
	free: Map<string, number>,
	portId: string,
	earliestDate: string,
	partySize: number
): Slot[] {
	return input.slots.filter(
		(s) => s.portId === portId && s.date >= earliestDate && (free.get(slotKey(s)) ?? 0) >= partySize
	);
}

const beforeInTime = (a: { date: string; time: string }, b: { date: string; time: string }) =>
	a.date < b.date || (a.date === b.date && a.time < b.time);

/** The documented generator, written again from prng.ts's header with node:crypto. */
function referenceNumbers(seed: string, count: number): number[] {
	const out: number[] = [];
	for (let i = 0; i < count; i++) {
		const counter = Buffer.alloc(4);
		counter.writeUInt32BE(Math.floor(i / 4));
		const block = createHash('sha256')
			.update(Buffer.concat([Buffer.from(seed, 'hex'), counter]))
			.digest();
		const x = Number(block.readBigUInt64BE(8 * (i % 4)) >> 12n);
		out.push((x + 0.5) / 2 ** 52);
	}
	return out;
}

/**
 * The specification in allocate.ts's header, implemented as plainly as possible: every turn
 * scans every slot of the port, no index, no binary search.
 */
function referenceAllocate(input: AllocationInput): Offer[] {
	const free = new Map<string, number>();
	for (const s of input.slots) if (s.seats > 0) free.set(slotKey(s), s.seats);
	const offers: Offer[] = [];
	const turn = (r: PoolEntry, phase: Phase): boolean => {
		for (const portId of r.portIds) {
			let best: Slot | undefined;
			for (const s of input.slots) {
				if (s.portId !== portId || s.date < r.earliestDate) continue;
				if ((free.get(slotKey(s)) ?? 0) < r.partySize) continue;
				if (!best || beforeInTime(s, best)) best = s;
			}
			if (best) {
				free.set(slotKey(best), free.get(slotKey(best))! - r.partySize);
				offers.push({
					requestId: r.id,
					portId,
					date: best.date,
					time: best.time,
					seats: r.partySize,
					phase
				});
				return true;
			}
		}
		return false;
	};
	const inIdOrder = [...input.requests].sort((a, b) => compareIds(a.id, b.id));
	const longestWaitingFirst = (a: PoolEntry, b: PoolEntry) =>
		a.waitingSince !== b.waitingSince ? a.waitingSince - b.waitingSince : compareIds(a.id, b.id);

	for (const r of inIdOrder
		.filter((r) => r.tier > 0)
		.sort((a, b) => (a.tier !== b.tier ? b.tier - a.tier : longestWaitingFirst(a, b))))
		turn(r, 'priority');

	let left = 0;
	for (const seats of free.values()) left += seats;
	const budget = Math.floor(left * input.seniorityShare);
	const normal = inIdOrder.filter((r) => r.tier <= 0).sort(longestWaitingFirst);
	let used = 0;
	const hadTurn = new Set<string>();
	for (const r of normal) {
		if (used >= budget) break;
		hadTurn.add(r.id);
		if (turn(r, 'seniority')) used += r.partySize;
	}

	const u = referenceNumbers(input.seed, inIdOrder.length);
	const numberOf = new Map(inIdOrder.map((r, i) => [r.id, u[i]!]));
	const keyed = normal
		.filter((r) => !hadTurn.has(r.id))
		.map((r) => {
			const days = Math.max(0, Math.floor((input.cutoff - r.waitingSince) / dayMs));
			return { r, key: Math.log(numberOf.get(r.id)!) / (1 + days) };
		});
	keyed.sort((a, b) => (a.key !== b.key ? b.key - a.key : compareIds(a.r.id, b.r.id)));
	for (const { r } of keyed) turn(r, 'lottery');
	return offers;
}

/** A reproducible Fisher–Yates shuffle (mulberry32), so a failing case can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const runs = { numRuns: 600 };

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('allocate: invariants on random pools', () => {
	it('never gives a slot more seats than it has', () => {
		fc.assert(
			fc.property(scenario, (input) => {
				const { offers } = allocate(input);
				const seats = new Map(input.slots.map((s) => [slotKey(s), s.seats]));
				const given = new Map<string, number>();
				for (const o of offers) given.set(slotKey(o), (given.get(slotKey(o)) ?? 0) + o.seats);
				for (const [key, total] of given) {
					expect(seats.has(key)).toBe(true);
					expect(total).toBeLessThanOrEqual(seats.get(key)!);
				}
			}),
			runs
		);
	});

	it('never splits a party, offers at most once per request, and only to pooled requests', () => {
		fc.assert(
			fc.property(scenario, (input) => {
				const { offers } = allocate(input);
				const byId = new Map(input.requests.map((r) => [r.id, r]));
				const seen = new Set<string>();
				for (const o of offers) {
					const request = byId.get(o.requestId);
					expect(request).toBeDefined();
					expect(seen.has(o.requestId)).toBe(false);
					seen.add(o.requestId);
					expect(o.seats).toBe(request!.partySize);
				}
			}),
			runs
		);
	});

	it('offers only an existing slot with seats, at a chosen port, on or after the earliest date', () => {
		fc.assert(
			fc.property(scenario, (input) => {
				const { offers } = allocate(input);
				const byId = new Map(input.requests.map((r) => [r.id, r]));
				const open = new Set(input.slots.filter((s) => s.seats > 0).map(slotKey));
				for (const o of offers) {
					const request = byId.get(o.requestId)!;
					expect(request.portIds).toContain(o.portId);
					expect(knownPorts).toContain(o.portId);
					expect(open.has(slotKey(o))).toBe(true);
					expect(o.date >= request.earliestDate).toBe(true);
				}
			}),
			runs
		);
	});

	it('respects the order of choices and takes the earliest fitting slot of the port', () => {
		fc.assert(
			fc.property(scenario, (input) => {
				const { offers } = allocate(input);
				const free = remainingSeats(input, offers);
				for (const o of offers) {
					const r = input.requests.find((q) => q.id === o.requestId)!;
					const rank = r.portIds.indexOf(o.portId);
					// Capacity only shrinks: a slot with room now had room at the request's turn.
					for (const earlier of r.portIds.slice(0, rank))
						expect(fittingAfterRun(input, free, earlier, r.earliestDate, r.partySize)).toEqual([]);
					const sooner = fittingAfterRun(input, free, o.portId, r.earliestDate, r.partySize);
					expect(sooner.filter((s) => beforeInTime(s, o))).toEqual([]);
					// The weaker statement of the brief, kept on its own for clarity.
					const first = r.portIds[0]!;
					if (fittingAfterRun(input, free, first, r.earliestDate, r.partySize).length > 0)
						expect(o.portId).toBe(first);
				}
			}),
			runs
		);
	});

	it('wastes no seat: a request left out fits no remaining slot of any of its ports', () => {
		fc.assert(
			fc.property(scenario, (input) => {
				const { offers } = allocate(input);
				const free = remainingSeats(input, offers);
				const offered = new Set(offers.map((o) => o.requestId));
				for (const r of input.requests) {
					if (offered.has(r.id)) continue;
					for (const portId of r.portIds)
						expect(fittingAfterRun(input, free, portId, r.earliestDate, r.partySize)).toEqual([]);
				}
			}),
			runs
		);
	});

	it('is deterministic, whatever the order of requests and slots', () => {
		fc.assert(
			fc.property(scenario, fc.integer(), fc.integer(), (input, a, b) => {
				const snapshot = structuredClone(input);
				const first = allocate(input);
				expect(input).toEqual(snapshot); // pure: the input is left untouched
				expect(allocate(structuredClone(input))).toEqual(first);
				const reordered = allocate({
					...input,
					requests: shuffled(input.requests, a),
					slots: shuffled(input.slots, b)
				});
				expect(reordered).toEqual(first);
				expect(first.algorithmVersion).toBe(algorithmVersion);
			}),
			runs
		);
	});

	it('serves the priority tier first, highest tier then longest waiting, then everyone else', () => {
		fc.assert(
			fc.property(scenario, (input) => {
				const { offers } = allocate(input);
				const byId = new Map(input.requests.map((r) => [r.id, r]));
				const isPriority = offers.map((o) => byId.get(o.requestId)!.tier > 0);
				const firstOther = isPriority.indexOf(false);
				if (firstOther !== -1) expect(isPriority.slice(firstOther)).not.toContain(true);
				offers.forEach((o, i) => expect(o.phase === 'priority').toBe(isPriority[i]));
				const priority = offers
					.filter((o) => o.phase === 'priority')
					.map((o) => byId.get(o.requestId)!);
				for (let i = 1; i < priority.length; i++) {
					const [a, b] = [priority[i - 1]!, priority[i]!];
					const inOrder =
						a.tier > b.tier ||
						(a.tier === b.tier &&
							(a.waitingSince < b.waitingSince ||
								(a.waitingSince === b.waitingSince && a.id < b.id)));
					expect(inOrder).toBe(true);
				}
			}),
			runs
		);
	});

	it('gives the seniority share longest waiting first, within its budget, before the lottery', () => {
		fc.assert(
			fc.property(scenario, (input) => {
				const { offers } = allocate(input);
				const byId = new Map(input.requests.map((r) => [r.id, r]));
				const phases = offers.map((o) => o.phase);
				// Phases come in order: priority, seniority, lottery.
				const rank = { priority: 0, seniority: 1, lottery: 2 };
				for (let i = 1; i < phases.length; i++)
					expect(rank[phases[i]!]).toBeGreaterThanOrEqual(rank[phases[i - 1]!]);

				const seniority = offers.filter((o) => o.phase === 'seniority');
				const people = seniority.map((o) => byId.get(o.requestId)!);
				for (let i = 1; i < people.length; i++) {
					const [a, b] = [people[i - 1]!, people[i]!];
					expect(
						a.waitingSince < b.waitingSince || (a.waitingSince === b.waitingSince && a.id < b.id)
					).toBe(true);
					expect(a.tier).toBeLessThanOrEqual(0);
				}

				// The budget: a share of the seats left once the priority tier is served.
				const openSeats = input.slots.reduce((sum, s) => sum + Math.max(0, s.seats), 0);
				const prioritySeats = offers
					.filter((o) => o.phase === 'priority')
					.reduce((sum, o) => sum + o.seats, 0);
				const budget = Math.floor((openSeats - prioritySeats) * input.seniorityShare);
				const used = seniority.reduce((sum, o) => sum + o.seats, 0);
				if (budget === 0) expect(seniority).toEqual([]);
				if (seniority.length > 0)
					// It stops as soon as the budget is reached: before the last offer it was short.
					expect(used - seniority.at(-1)!.seats).toBeLessThan(budget);
				if (offers.some((o) => o.phase === 'lottery')) expect(used).toBeGreaterThanOrEqual(budget);

				// Everyone who waited longer than the last seniority offer had a seniority turn:
				// if they got no seniority offer, they got nothing at all.
				const last = people.at(-1);
				if (last) {
					const lottery = new Set(
						offers.filter((o) => o.phase === 'lottery').map((o) => o.requestId)
					);
					for (const r of input.requests)
						if (r.tier <= 0 && r.waitingSince < last.waitingSince)
							expect(lottery.has(r.id)).toBe(false);
				}
			}),
			runs
		);
	});

	it('matches a plain re-implementation of the specification, offer by offer', () => {
		fc.assert(
			fc.property(scenario, (input) => {
				expect(allocate(input).offers).toEqual(referenceAllocate(input));
			}),
			{ numRuns: 1500 }
		);
	});

	it('matches it too on crowded pools (many requests, few slots)', () => {
		fc.assert(
			fc.property(scenarioArb({ maxRequests: 200, maxSlots: 12 }), (input) => {
				expect(allocate(input).offers).toEqual(referenceAllocate(input));
			}),
			{ numRuns: 200 }
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Worked examples, computed by hand
// ---------------------------------------------------------------------------------------------

const seed = 'ab'.repeat(32);

function entry(id: string, fields: Partial<PoolEntry> = {}): PoolEntry {
	return {
		id,
		partySize: 1,
		portIds: ['san-ysidro'],
		earliestDate: dateAt(1),
		waitingSince: cutoff - 10 * dayMs,
		tier: 0,
		...fields
	};
}

const slot = (portId: string, day: number, time: string, seats: number): Slot => ({
	portId,
	date: dateAt(day),
	time,
	seats
});

const run = (requests: PoolEntry[], slots: Slot[], seniorityShare = 0) =>
	allocate({ seed, cutoff, seniorityShare, requests, slots }).offers;

describe('allocate: worked examples', () => {
	it('gives a party the earliest slot with room for all of it, skipping a smaller one', () => {
		const offers = run(
			[entry('a', { partySize: 3 })],
			[slot('san-ysidro', 2, '08:00', 5), slot('san-ysidro', 1, '09:00', 2)]
		);
		expect(offers).toEqual([
			{
				requestId: 'a',
				portId: 'san-ysidro',
				date: dateAt(2),
				time: '08:00',
				seats: 3,
				phase: 'lottery'
			}
		]);
	});

	it('orders slots of one day by time and ignores days before the earliest date', () => {
		const offers = run(
			[entry('a', { earliestDate: dateAt(2) })],
			[
				slot('san-ysidro', 1, '07:30', 9),
				slot('san-ysidro', 2, '16:45', 9),
				slot('san-ysidro', 2, '09:00', 9)
			]
		);
		expect(offers.map((o) => [o.date, o.time])).toEqual([[dateAt(2), '09:00']]);
	});

	it('moves to the second choice only when the first has no room, and skips unknown ports', () => {
		const offers = run(
			[
				entry('a', { portIds: ['gone-port', 'san-ysidro', 'calexico'], partySize: 2 }),
				entry('b', { portIds: ['san-ysidro', 'calexico'], partySize: 2 })
			],
			[slot('san-ysidro', 3, '08:00', 3), slot('calexico', 1, '08:00', 4)],
			1
		);
		// Both waited the same: seniority serves them in id order.
		expect(offers.map((o) => [o.requestId, o.portId, o.phase])).toEqual([
			['a', 'san-ysidro', 'seniority'],
			['b', 'calexico', 'seniority']
		]);
	});

	it('serves tier 2, then tier 1 (longest waiting first), then seniority, then the lottery', () => {
		const offers = run(
			[
				entry('n-old', { waitingSince: cutoff - 100 * dayMs }),
				entry('n-new', { waitingSince: cutoff - 1 * dayMs }),
				entry('t1-new', { tier: 1, waitingSince: cutoff - 2 * dayMs }),
				entry('t1-old', { tier: 1, waitingSince: cutoff - 50 * dayMs }),
				entry('t2', { tier: 2, waitingSince: cutoff })
			],
			[slot('san-ysidro', 1, '08:00', 5), slot('calexico', 1, '08:00', 10)],
			// 12 seats left after the priority tier: a budget of floor(12 × 0.1) = 1 seat.
			0.1
		);
		expect(offers.map((o) => [o.requestId, o.phase])).toEqual([
			['t2', 'priority'],
			['t1-old', 'priority'],
			['t1-new', 'priority'],
			['n-old', 'seniority'],
			['n-new', 'lottery']
		]);
	});

	it('gives a lone request no seniority turn when the budget rounds down to 0', () => {
		// floor(3 × 0.3) = 0.
		const offers = run([entry('a')], [slot('san-ysidro', 1, '08:00', 3)], 0.3);
		expect(offers.map((o) => o.phase)).toEqual(['lottery']);
	});

	it('lets a request skipped by the seniority phase go without a lottery turn', () => {
		// "old" (party 4) cannot fit in the 3 seats at its seniority turn, so it is out for good.
		const offers = run(
			[
				entry('old', { partySize: 4, waitingSince: cutoff - 90 * dayMs }),
				entry('mid', { partySize: 1, waitingSince: cutoff - 60 * dayMs }),
				entry('new', { partySize: 1, waitingSince: cutoff - 1 * dayMs })
			],
			[slot('san-ysidro', 1, '08:00', 3)],
			0.5
		);
		// Budget floor(3 × 0.5) = 1: "mid" uses it; "new" goes to the lottery and fits.
		expect(offers.map((o) => [o.requestId, o.phase])).toEqual([
			['mid', 'seniority'],
			['new', 'lottery']
		]);
	});

	it('never offers a slot with no seats or negative seats', () => {
		const offers = run(
			[entry('a'), entry('b')],
			[slot('san-ysidro', 1, '08:00', 0), slot('san-ysidro', 2, '08:00', -3)]
		);
		expect(offers).toEqual([]);
	});

	it('returns no offers for an empty pool or no slots', () => {
		expect(run([], [slot('san-ysidro', 1, '08:00', 5)])).toEqual([]);
		expect(run([entry('a')], [])).toEqual([]);
	});

	it('refuses a bad seniority share, a duplicate id, a bad party size and a bad seed', () => {
		const base: AllocationInput = {
			seed,
			cutoff,
			seniorityShare: 0,
			requests: [entry('a')],
			slots: [slot('san-ysidro', 1, '08:00', 5)]
		};
		for (const seniorityShare of [-0.01, 1.01, Number.NaN])
			expect(() => allocate({ ...base, seniorityShare })).toThrow(/seniorityShare/);
		expect(() => allocate({ ...base, requests: [entry('a'), entry('a')] })).toThrow(/duplicate/);
		for (const partySize of [0, -1, 1.5, Number.NaN])
			expect(() => allocate({ ...base, requests: [entry('a', { partySize })] })).toThrow(
				/party size/
			);
		expect(() => allocate({ ...base, seed: 'AB'.repeat(32) })).toThrow(/seed/);
	});
});
