/**
 * The daily allocation. Pure: the same input and seed give the same offers on any machine,
 * which is what lets anyone re-run a published run and check it (`allocation:verify`).
 *
 * Order of turns:
 *  1. priority tier: requests a staff member marked (tier > 0), highest tier first, then
 *     longest waiting;
 *  2. seniority share: longest waiting first, until that phase has placed `seniorityShare`
 *     of the seats left after the priority tier;
 *  3. weighted lottery for everyone else: weight w = 1 + whole days waited at the cutoff,
 *     Efraimidis–Spirakis key ln(u)/w (the same order as u^(1/w)), largest first, where u is
 *     the request's number from the seeded generator (prng.ts), requests numbered in id order.
 *
 * At its turn, a request takes the earliest slot of its first-choice port (on or after its
 * earliest date) that has room for the whole party; if none, the same at its second choice,
 * and so on. A party is never split, a request gets at most one offer, and capacity only
 * shrinks, so a request left without an offer could not have fitted at its turn or later.
 */
import { uniformNumbers } from './prng';
import { SlotIndex } from './slot-index';

export const algorithmVersion = 'turno-allocation/1';

export type PoolEntry = {
	/** Pseudonymous: stable for the request, meaningless outside Turno. */
	id: string;
	partySize: number;
	/** Port ids, first choice first. */
	portIds: string[];
	/** YYYY-MM-DD: no offer before this day. */
	earliestDate: string;
	/** Instant (ms) the request joined the pool. */
	waitingSince: number;
	/** 0 for most; higher is served first. */
	tier: number;
};

export type Slot = { portId: string; date: string; time: string; seats: number };

export type AllocationInput = {
	/** The revealed seed: 32 bytes, lowercase hex. */
	seed: string;
	/** The instant of the cutoff: days waited are counted up to it. */
	cutoff: number;
	/** Share of seats (0 to 1) given by seniority before the lottery. */
	seniorityShare: number;
	requests: PoolEntry[];
	slots: Slot[];
};

export type Phase = 'priority' | 'seniority' | 'lottery';

export type Offer = {
	requestId: string;
	portId: string;
	date: string;
	time: string;
	seats: number;
	phase: Phase;
};

export type AllocationResult = { algorithmVersion: string; offers: Offer[] };

const dayMs = 86_400_000;

export function daysWaitedAt(entry: PoolEntry, cutoff: number): number {
	return Math.max(0, Math.floor((cutoff - entry.waitingSince) / dayMs));
}

/**
 * The requests in id order (UTF-16 code units, as `<` compares strings). Sorting plain strings
 * ("id NUL position") natively is several times faster than sorting objects with a comparator;
 * NUL sorts before every other character, so the order is the order of the ids.
 */
function inIdOrder(requests: readonly PoolEntry[]): PoolEntry[] {
	const keys = requests.map((r, i) => {
		if (r.id.includes('\u0000')) throw new Error('request ids cannot contain NUL');
		return `${r.id}\u0000${i}`;
	});
	keys.sort();
	return keys.map((key) => requests[Number(key.slice(key.lastIndexOf('\u0000') + 1))]!);
}

type PortSlots = { slots: Slot[]; dates: string[]; index: SlotIndex };

function indexSlots(slots: Slot[]): Map<string, PortSlots> {
	const byPort = new Map<string, Slot[]>();
	for (const slot of slots) {
		if (slot.seats <= 0) continue;
		const list = byPort.get(slot.portId) ?? [];
		list.push(slot);
		byPort.set(slot.portId, list);
	}
	const out = new Map<string, PortSlots>();
	for (const [portId, list] of byPort) {
		list.sort((a, b) =>
			a.date + a.time < b.date + b.time ? -1 : a.date + a.time > b.date + b.time ? 1 : 0
		);
		out.set(portId, {
			slots: list,
			dates: list.map((s) => s.date),
			index: new SlotIndex(list.map((s) => s.seats))
		});
	}
	return out;
}

/** The first index whose date is ≥ the given date (dates sorted). */
function lowerBound(dates: string[], date: string): number {
	let lo = 0;
	let hi = dates.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (dates[mid]! < date) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function validate(input: AllocationInput, canonical: readonly PoolEntry[]): void {
	if (!(input.seniorityShare >= 0 && input.seniorityShare <= 1))
		throw new Error('seniorityShare must be 0 to 1');
	const slotKeys = new Set<string>();
	for (const slot of input.slots) {
		const key = `${slot.portId}|${slot.date}|${slot.time}`;
		// One slot per port, date and time: duplicates would make the result depend on their order.
		if (slotKeys.has(key)) throw new Error(`duplicate slot ${key}`);
		slotKeys.add(key);
	}
	// Sorted by id, a duplicate id sits next to its twin.
	for (let i = 0; i < canonical.length; i++) {
		const r = canonical[i]!;
		if (i > 0 && canonical[i - 1]!.id === r.id) throw new Error(`duplicate request id ${r.id}`);
		if (!Number.isInteger(r.partySize) || r.partySize < 1)
			throw new Error(`bad party size for ${r.id}`);
	}
}

export function allocate(input: AllocationInput): AllocationResult {
	const canonical = inIdOrder(input.requests);
	validate(input, canonical);
	const ports = indexSlots(input.slots);
	const offers: Offer[] = [];

	const place = (entry: PoolEntry, phase: Phase): boolean => {
		for (const portId of entry.portIds) {
			const port = ports.get(portId);
			if (!port) continue;
			const position = port.index.firstFitting(
				lowerBound(port.dates, entry.earliestDate),
				entry.partySize
			);
			if (position === -1) continue;
			port.index.take(position, entry.partySize);
			const slot = port.slots[position]!;
			offers.push({
				requestId: entry.id,
				portId,
				date: slot.date,
				time: slot.time,
				seats: entry.partySize,
				phase
			});
			return true;
		}
		return false;
	};

	// Requests are numbered by their place in id order: the number breaks every tie and picks
	// the request's random number. Sorting numbers in typed arrays keeps a million fast.
	const n = canonical.length;
	const waiting = Float64Array.from(canonical, (e) => e.waitingSince);
	const all = Uint32Array.from({ length: n }, (_, i) => i);
	const bySeniority = (a: number, b: number) => waiting[a]! - waiting[b]! || a - b;

	const priority = all
		.filter((i) => canonical[i]!.tier > 0)
		.sort((a, b) => canonical[b]!.tier - canonical[a]!.tier || bySeniority(a, b));
	for (const i of priority) place(canonical[i]!, 'priority');

	const seatsLeft = [...ports.values()].reduce(
		(sum, p) => sum + p.slots.reduce((s, _slot, i) => s + p.index.free(i), 0),
		0
	);
	const seniorityBudget = Math.floor(seatsLeft * input.seniorityShare);
	const normal = all.filter((i) => canonical[i]!.tier <= 0).sort(bySeniority);
	let seniorityUsed = 0;
	let next = 0;
	while (next < normal.length && seniorityUsed < seniorityBudget) {
		const entry = canonical[normal[next++]!]!;
		if (place(entry, 'seniority')) seniorityUsed += entry.partySize;
	}

	const numbers = uniformNumbers(input.seed, n);
	const keys = new Float64Array(n);
	const lottery = normal.slice(next);
	for (const i of lottery)
		keys[i] = Math.log(numbers[i]!) / (1 + daysWaitedAt(canonical[i]!, input.cutoff));
	lottery.sort((a, b) => keys[b]! - keys[a]! || a - b);
	for (const i of lottery) place(canonical[i]!, 'lottery');

	return { algorithmVersion, offers };
}
