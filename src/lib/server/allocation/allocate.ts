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

const byId = (a: PoolEntry, b: PoolEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const bySeniority = (a: PoolEntry, b: PoolEntry) => a.waitingSince - b.waitingSince || byId(a, b);

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

function validate(input: AllocationInput): void {
	if (!(input.seniorityShare >= 0 && input.seniorityShare <= 1))
		throw new Error('seniorityShare must be 0 to 1');
	const slotKeys = new Set<string>();
	for (const slot of input.slots) {
		const key = `${slot.portId}|${slot.date}|${slot.time}`;
		// One slot per port, date and time: duplicates would make the result depend on their order.
		if (slotKeys.has(key)) throw new Error(`duplicate slot ${key}`);
		slotKeys.add(key);
	}
	const ids = new Set<string>();
	for (const r of input.requests) {
		if (ids.has(r.id)) throw new Error(`duplicate request id ${r.id}`);
		ids.add(r.id);
		if (!Number.isInteger(r.partySize) || r.partySize < 1)
			throw new Error(`bad party size for ${r.id}`);
	}
}

export function allocate(input: AllocationInput): AllocationResult {
	validate(input);
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

	const canonical = [...input.requests].sort(byId);
	const priority = canonical
		.filter((r) => r.tier > 0)
		.sort((a, b) => b.tier - a.tier || bySeniority(a, b));
	for (const entry of priority) place(entry, 'priority');

	const seatsLeft = [...ports.values()].reduce(
		(sum, p) => sum + p.slots.reduce((s, _slot, i) => s + p.index.free(i), 0),
		0
	);
	const seniorityBudget = Math.floor(seatsLeft * input.seniorityShare);
	const normal = canonical.filter((r) => r.tier <= 0).sort(bySeniority);
	let seniorityUsed = 0;
	let next = 0;
	while (next < normal.length && seniorityUsed < seniorityBudget) {
		const entry = normal[next++]!;
		if (place(entry, 'seniority')) seniorityUsed += entry.partySize;
	}

	const numbers = uniformNumbers(input.seed, canonical.length);
	const position = new Map(canonical.map((r, i) => [r.id, i]));
	const lottery = normal.slice(next).map((entry) => ({
		entry,
		key: Math.log(numbers[position.get(entry.id)!]!) / (1 + daysWaitedAt(entry, input.cutoff))
	}));
	lottery.sort((a, b) => b.key - a.key || byId(a.entry, b.entry));
	for (const { entry } of lottery) place(entry, 'lottery');

	return { algorithmVersion, offers };
}
