import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { purgeFrom, retentionPolicy, verdict, type AccountFacts } from './rule';

const policy = retentionPolicy({
	daysAfterAppointment: 90,
	daysInactive: 365,
	timeZone: 'America/Chicago'
});
/** Noon in Chicago on that day (17:00 or 18:00 UTC), as the rule reads days there. */
const noon = (day: string) => Date.parse(`${day}T12:00:00-05:00`);

const facts = (over: Partial<AccountFacts>): AccountFacts => ({
	accountId: 1,
	lastAppointmentDate: null,
	lastPendingAppointmentDate: null,
	waiting: false,
	flagged: false,
	lastActivityAt: noon('2025-01-10'),
	...over
});

describe('the retention periods', () => {
	it('are whole days, at least one, in a real time zone', () => {
		expect(policy).toEqual({
			daysAfterAppointment: 90,
			daysInactive: 365,
			timeZone: 'America/Chicago'
		});
		for (const days of [0, -1, 1.5, Number.NaN, Number('90d')]) {
			expect(() => retentionPolicy({ ...policy, daysAfterAppointment: days })).toThrow(
				/RETENTION_DAYS_AFTER_APPOINTMENT/
			);
			expect(() => retentionPolicy({ ...policy, daysInactive: days })).toThrow(
				/RETENTION_DAYS_INACTIVE/
			);
		}
		expect(() => retentionPolicy({ ...policy, timeZone: 'Mars/Olympus' })).toThrow();
	});
});

describe('after an appointment', () => {
	const attended = facts({ lastAppointmentDate: '2026-03-01', lastActivityAt: noon('2026-03-01') });

	it('keeps the data 90 whole days after the appointment day, and purges it the day after', () => {
		expect(purgeFrom(attended, policy)).toEqual({ day: '2026-05-31', rule: 'after_appointment' });
		expect(verdict(attended, policy, noon('2026-05-30'))).toEqual({
			purge: false,
			reason: 'recent'
		});
		// The very last moment of the 90th day, and the first of the next, in Chicago.
		expect(verdict(attended, policy, Date.parse('2026-05-30T23:59:59-05:00')).purge).toBe(false);
		expect(verdict(attended, policy, Date.parse('2026-05-31T00:00:00-05:00'))).toEqual({
			purge: true,
			rule: 'after_appointment'
		});
	});

	it('counts whatever became of the offer: a no-show, a decline, an expiry, a cancellation', () => {
		// The facts carry only the last offer's date; its status does not change the period.
		const declined = facts({
			lastAppointmentDate: '2026-01-15',
			lastActivityAt: noon('2026-01-10')
		});
		expect(purgeFrom(declined, policy).day).toBe('2026-04-16');
	});

	it('starts the clock again when the account is used after the appointment', () => {
		const usedLater = { ...attended, lastActivityAt: noon('2026-04-20') };
		expect(purgeFrom(usedLater, policy).day).toBe('2026-07-20');
		expect(verdict(usedLater, policy, noon('2026-06-01')).purge).toBe(false);
	});

	it('reads the day of use in the policy time zone', () => {
		// 02:00 UTC on 2 March is still 1 March in Chicago.
		const lateNight = facts({
			lastAppointmentDate: '2026-02-01',
			lastActivityAt: Date.parse('2026-03-02T02:00:00Z')
		});
		expect(purgeFrom(lateNight, policy).day).toBe('2026-05-31');
	});
});

describe('without any appointment', () => {
	it('keeps the data 365 whole days after the last use', () => {
		const idle = facts({ lastActivityAt: noon('2025-05-31') });
		expect(purgeFrom(idle, policy)).toEqual({ day: '2026-06-01', rule: 'inactive' });
		expect(verdict(idle, policy, noon('2026-05-31')).purge).toBe(false);
		expect(verdict(idle, policy, noon('2026-06-01'))).toEqual({ purge: true, rule: 'inactive' });
	});
});

describe('what protects an account whatever the dates', () => {
	const longAgo = facts({ lastAppointmentDate: '2024-01-01', lastActivityAt: noon('2024-01-01') });
	const today = noon('2026-06-01');

	it('purges an account long past its time', () => {
		expect(verdict(longAgo, policy, today)).toEqual({ purge: true, rule: 'after_appointment' });
	});
	it('keeps a request waiting in the pool', () => {
		expect(verdict({ ...longAgo, waiting: true }, policy, today)).toEqual({
			purge: false,
			reason: 'waiting'
		});
	});
	it('keeps an offer or appointment today or ahead, not one in the past', () => {
		for (const day of ['2026-06-01', '2026-06-14']) {
			expect(verdict({ ...longAgo, lastPendingAppointmentDate: day }, policy, today)).toEqual({
				purge: false,
				reason: 'upcoming'
			});
		}
		// Confirmed, never checked in or marked: the day has passed.
		expect(
			verdict({ ...longAgo, lastPendingAppointmentDate: '2024-01-01' }, policy, today).purge
		).toBe(true);
	});
	it('keeps an account in a flag that is open or marked for an interview', () => {
		expect(verdict({ ...longAgo, flagged: true }, policy, today)).toEqual({
			purge: false,
			reason: 'flagged'
		});
	});
});

describe('properties', () => {
	const day = fc
		.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
		.map((ms) => new Date(ms).toISOString().slice(0, 10));
	const anyFacts = fc.record({
		accountId: fc.constant(1),
		lastAppointmentDate: fc.option(day),
		lastPendingAppointmentDate: fc.option(day),
		waiting: fc.boolean(),
		flagged: fc.boolean(),
		lastActivityAt: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
	});
	const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) });

	it('never purges a waiting, flagged or upcoming account', () => {
		fc.assert(
			fc.property(anyFacts, instant, (f, now) => {
				const v = verdict(f, policy, now);
				if (v.purge) {
					expect(f.waiting || f.flagged).toBe(false);
					if (f.lastPendingAppointmentDate !== null) {
						expect(f.lastPendingAppointmentDate < new Date(now).toISOString().slice(0, 10)).toBe(
							true
						);
					}
				}
			})
		);
	});

	it('once due, stays due as time goes on (the job may run late, never early)', () => {
		fc.assert(
			fc.property(anyFacts, instant, fc.nat(5_000 * 86_400_000), (f, now, later) => {
				const base = { ...f, waiting: false, flagged: false, lastPendingAppointmentDate: null };
				if (verdict(base, policy, now).purge)
					expect(verdict(base, policy, now + later).purge).toBe(true);
			})
		);
	});
});
