import { describe, expect, it } from 'vitest';
import { enqueueArrival, maxQueued, queueKey, readQueue, removeArrivals } from './arrival-queue';

/** The part of the browser's Storage the queue uses, kept in a Map. */
function memoryStore(limit = Infinity) {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (v.length > limit) throw new DOMException('full', 'QuotaExceededError');
			items.set(k, v);
		},
		removeItem: (k: string) => void items.delete(k)
	};
}

const ticket = (o: number) => ({
	o,
	c: `T7K4QX${String(o).padStart(3, '0')}`,
	p: 'laredo',
	d: '2026-12-08',
	t: '08:00',
	n: 2
});

describe('arrivals kept on the officer’s device', () => {
	const key = queueKey('laredo', 7);

	it('keeps each verified ticket once, with its scan time, per port and officer', () => {
		const store = memoryStore();
		enqueueArrival(store, key, 'T1.a.x', ticket(1), 1000);
		// The same ticket scanned again: the first scan is the arrival.
		enqueueArrival(store, key, 'T1.a.x', ticket(1), 5000);
		const queue = enqueueArrival(store, key, 'T1.b.x', ticket(2), 2000)!;
		expect(queue).toEqual([
			{ token: 'T1.a.x', scannedAt: 1000, code: 'T7K4QX001', people: 2, slot: '08:00' },
			{ token: 'T1.b.x', scannedAt: 2000, code: 'T7K4QX002', people: 2, slot: '08:00' }
		]);
		expect(readQueue(store, key)).toEqual(queue);
		expect(readQueue(store, queueKey('laredo', 8))).toEqual([]);
		expect(readQueue(store, queueKey('hidalgo', 7))).toEqual([]);
	});

	it('takes answered tickets off, and leaves nothing behind once all are sent', () => {
		const store = memoryStore();
		enqueueArrival(store, key, 'T1.a.x', ticket(1), 1000);
		enqueueArrival(store, key, 'T1.b.x', ticket(2), 2000);
		expect(removeArrivals(store, key, new Set(['T1.a.x'])).map((a) => a.token)).toEqual(['T1.b.x']);
		removeArrivals(store, key, new Set(['T1.b.x']));
		expect(store.items.size).toBe(0);
	});

	it('says when nothing could be kept: storage full or refused, or the list at its cap', () => {
		const tiny = memoryStore(10);
		expect(enqueueArrival(tiny, key, 'T1.a.x', ticket(1), 1000)).toBeNull();
		const store = memoryStore();
		for (let i = 0; i < maxQueued; i++) enqueueArrival(store, key, `T1.${i}.x`, ticket(i), i);
		expect(enqueueArrival(store, key, 'T1.last.x', ticket(9999), 1)).toBeNull();
		expect(readQueue(store, key)).toHaveLength(maxQueued);
	});

	it('reads anything unreadable as an empty list, and skips malformed entries', () => {
		const store = memoryStore();
		store.setItem(key, '{not json');
		expect(readQueue(store, key)).toEqual([]);
		store.setItem(key, JSON.stringify([{ token: 1 }, null, 'x', { token: 'T1.a.x' }]));
		expect(readQueue(store, key)).toEqual([]);
	});
});
