import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import { config } from '../config';
import { takeAllowance } from '../auth/rate-limit';
import { takeRegistration, takeRequestSend } from './limits';

const { db, remove } = tempDatabase();
afterAll(() => remove());

const now = Date.UTC(2026, 10, 25, 15, 0);
const hour = 60 * 60_000;

describe('takeAllowance', () => {
	it('allows up to the limit in a window, then says when the window ends', () => {
		const allowance = { limit: 3, windowMs: hour };
		for (let i = 0; i < 3; i++) {
			expect(takeAllowance(db, 'test:a', allowance, now + i)).toEqual({ allowed: true });
		}
		expect(takeAllowance(db, 'test:a', allowance, now + 10)).toEqual({
			allowed: false,
			until: now + hour
		});
		// A refused use is not counted: the next window starts fresh.
		expect(takeAllowance(db, 'test:a', allowance, now + hour)).toEqual({ allowed: true });
		expect(takeAllowance(db, 'test:b', allowance, now)).toEqual({ allowed: true });
	});
});

describe('registration allowances', () => {
	it('give a network with proof of work the larger allowance, and without it the smaller', () => {
		const network = 'network-1';
		const without = config.registrationsPerNetworkHourWithoutProof;
		for (let i = 0; i < without; i++) {
			expect(takeRegistration(db, { kind: 'browser', network, proven: false }, now)).toBe(0);
		}
		expect(takeRegistration(db, { kind: 'browser', network, proven: false }, now)).toBe(now + hour);
		// The same network, with proof, still registers.
		expect(takeRegistration(db, { kind: 'browser', network, proven: true }, now)).toBe(0);
		// Another network is not affected.
		expect(
			takeRegistration(db, { kind: 'browser', network: 'network-2', proven: false }, now)
		).toBe(0);
	});

	it('count a kiosk by the day, and never limit signed-in staff', () => {
		for (let i = 0; i < config.registrationsPerKioskDay; i++) {
			expect(takeRegistration(db, { kind: 'kiosk', kioskId: 7 }, now)).toBe(0);
		}
		expect(takeRegistration(db, { kind: 'kiosk', kioskId: 7 }, now)).toBe(now + 24 * hour);
		for (let i = 0; i < 1000; i++) expect(takeRegistration(db, { kind: 'staff' }, now)).toBe(0);
	});
});

describe('request sends', () => {
	it('are limited per account, and a refused send uses no allowance', () => {
		const sender = { accountId: 41, network: 'network-3', kioskId: null, staff: false };
		for (let i = 0; i < config.requestsPerAccountDay; i++) {
			expect(takeRequestSend(db, sender, now)).toBe(0);
		}
		expect(takeRequestSend(db, sender, now)).toBe(now + 24 * hour);
		// The refused send did not count against the network.
		const row = db.$client
			.prepare('select failures from rate_limit where key = ?')
			.get('request:network:network-3') as { failures: number };
		expect(row.failures).toBe(config.requestsPerAccountDay);
		// Another account on the same network still sends.
		expect(takeRequestSend(db, { ...sender, accountId: 42 }, now)).toBe(0);
	});

	it('are limited per network for browsers, per kiosk for kiosks, and not by network for staff', () => {
		const network = 'network-4';
		for (let i = 0; i < config.requestsPerNetworkHour; i++) {
			expect(
				takeRequestSend(db, { accountId: 1000 + i, network, kioskId: null, staff: false }, now)
			).toBe(0);
		}
		expect(
			takeRequestSend(db, { accountId: 5000, network, kioskId: null, staff: false }, now)
		).toBe(now + hour);
		expect(takeRequestSend(db, { accountId: 5001, network, kioskId: null, staff: true }, now)).toBe(
			0
		);
		expect(takeRequestSend(db, { accountId: 5002, network, kioskId: 3, staff: false }, now)).toBe(
			0
		);
	});
});
