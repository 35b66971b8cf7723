/**
 * Arrivals checked in on the officer's device while it had no connection: a ticket whose
 * signature this device verified, for this port and today, kept in the browser's local
 * storage until the server has recorded it. Local storage, not memory, so a closed tab, a
 * reload or a crashed browser loses nothing. What is kept is the ticket's token (offer,
 * booking code, port, date, time, party size: never a name) and when it was scanned.
 *
 * Each officer has their own list per port: arrivals are recorded under the officer who
 * sends them, so one officer's list is never sent by another signed in on the same device.
 */
import type { TicketFields } from './verify-ticket';

export type QueuedArrival = {
	token: string;
	/** When the ticket was scanned (ms since 1970): the arrival's time. */
	scannedAt: number;
	code: string;
	people: number;
	slot: string;
};

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Keeps at most this many: a day at the busiest port, and a cap on a forged flood. */
export const maxQueued = 2000;

export const queueKey = (portId: string, staffId: number) => `turno.arrivals.${portId}.${staffId}`;

const isArrival = (value: unknown): value is QueuedArrival => {
	const a = value as QueuedArrival;
	return (
		typeof a === 'object' &&
		a !== null &&
		typeof a.token === 'string' &&
		Number.isFinite(a.scannedAt) &&
		typeof a.code === 'string' &&
		Number.isFinite(a.people) &&
		typeof a.slot === 'string'
	);
};

/** The list kept for this port and officer; anything unreadable counts as empty. */
export function readQueue(store: KeyValueStore, key: string): QueuedArrival[] {
	try {
		const parsed: unknown = JSON.parse(store.getItem(key) ?? '[]');
		return Array.isArray(parsed) ? parsed.filter(isArrival) : [];
	} catch {
		return [];
	}
}

function writeQueue(store: KeyValueStore, key: string, queue: QueuedArrival[]): void {
	if (queue.length) store.setItem(key, JSON.stringify(queue));
	else store.removeItem(key);
}

/**
 * Adds a verified ticket, unless the same ticket is already waiting (scanned twice): the
 * first scan is the arrival. Returns the list, or null when it is full or the browser's
 * storage refuses (then nothing was kept, and the page must say so).
 */
export function enqueueArrival(
	store: KeyValueStore,
	key: string,
	token: string,
	ticket: TicketFields,
	scannedAt: number
): QueuedArrival[] | null {
	const queue = readQueue(store, key);
	if (queue.some((a) => a.token === token)) return queue;
	if (queue.length >= maxQueued) return null;
	const next = [...queue, { token, scannedAt, code: ticket.c, people: ticket.n, slot: ticket.t }];
	try {
		writeQueue(store, key, next);
	} catch {
		return null;
	}
	return next;
}

/** Takes tickets off the list once the server has answered for them. */
export function removeArrivals(
	store: KeyValueStore,
	key: string,
	tokens: ReadonlySet<string>
): QueuedArrival[] {
	const rest = readQueue(store, key).filter((a) => !tokens.has(a.token));
	writeQueue(store, key, rest);
	return rest;
}
