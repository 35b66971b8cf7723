import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	defaultHorizonDays,
	slotsForRun,
	weekdayOf,
	type OverrideRow,
	type TakenSeats,
	type TemplateRow
} from './capacity';

// 2025-03-05 is a Wednesday; a 14-day horizon runs from Thursday 6 to Wednesday 19 March.
const runDate = '2025-03-05';
const [sun, mon, wed] = [0, 1, 3];

const template: TemplateRow[] = [
	{ portId: 'calexico', weekday: mon, slotTime: '13:00', seats: 5 },
	{ portId: 'calexico', weekday: mon, slotTime: '08:00', seats: 10 },
	{ portId: 'calexico', weekday: wed, slotTime: '09:00', seats: 8 },
	{ portId: 'andrade', weekday: mon, slotTime: '08:00', seats: 4 }
];

const at = (portId: string, date: string, time: string, seats: number) => ({
	portId,
	date,
	time,
	seats
});

describe('weekdayOf', () => {
	it('knows the weekday of a date, 0 for Sunday', () => {
		expect(weekdayOf('2025-03-05')).toBe(3);
		expect(weekdayOf('2025-03-09')).toBe(0);
		expect(weekdayOf('2025-03-15')).toBe(6);
		expect(weekdayOf('2024-02-29')).toBe(4);
		expect(weekdayOf('2000-01-01')).toBe(6);
		expect(weekdayOf('2026-01-01')).toBe(4);
	});
});

describe('slotsForRun', () => {
	it('lays the weekly template over the horizon, from the day after the run date', () => {
		expect(defaultHorizonDays).toBe(14);
		expect(slotsForRun(runDate, 14, template, [])).toEqual([
			at('andrade', '2025-03-10', '08:00', 4),
			at('andrade', '2025-03-17', '08:00', 4),
			at('calexico', '2025-03-10', '08:00', 10),
			at('calexico', '2025-03-10', '13:00', 5),
			at('calexico', '2025-03-12', '09:00', 8),
			at('calexico', '2025-03-17', '08:00', 10),
			at('calexico', '2025-03-17', '13:00', 5),
			// The run date is a Wednesday too, but it is not in the horizon; its last day is.
			at('calexico', '2025-03-19', '09:00', 8)
		]);
	});

	it('stops at the horizon and gives nothing for a horizon of 0 days', () => {
		const dates = slotsForRun(runDate, 5, template, []).map((s) => s.date);
		expect(dates).toEqual(['2025-03-10', '2025-03-10', '2025-03-10']);
		expect(slotsForRun(runDate, 4, template, [])).toEqual([]);
		expect(slotsForRun(runDate, 0, template, [])).toEqual([]);
	});

	it("replaces a port's whole day with its overrides, leaving other ports and days alone", () => {
		const overrides: OverrideRow[] = [
			{ portId: 'calexico', date: '2025-03-10', slotTime: '10:00', seats: 12 }
		];
		const slots = slotsForRun(runDate, 14, template, overrides);
		expect(slots.filter((s) => s.date === '2025-03-10')).toEqual([
			at('andrade', '2025-03-10', '08:00', 4),
			at('calexico', '2025-03-10', '10:00', 12)
		]);
		expect(slots.filter((s) => s.date === '2025-03-17')).toHaveLength(3);
	});

	it('closes a slot with a 0-seat override, and the day with 0-seat overrides only', () => {
		const closeOne: OverrideRow[] = [
			{ portId: 'calexico', date: '2025-03-17', slotTime: '08:00', seats: 0 },
			{ portId: 'calexico', date: '2025-03-17', slotTime: '13:00', seats: 5 }
		];
		expect(
			slotsForRun(runDate, 14, template, closeOne).filter(
				(s) => s.portId === 'calexico' && s.date === '2025-03-17'
			)
		).toEqual([at('calexico', '2025-03-17', '13:00', 5)]);

		const closeDay: OverrideRow[] = [
			{ portId: 'calexico', date: '2025-03-17', slotTime: '08:00', seats: 0 }
		];
		expect(
			slotsForRun(runDate, 14, template, closeDay).filter(
				(s) => s.portId === 'calexico' && s.date === '2025-03-17'
			)
		).toEqual([]);
	});

	it('opens a day without template, and a port known only from its overrides', () => {
		const overrides: OverrideRow[] = [
			{ portId: 'calexico', date: '2025-03-09', slotTime: '11:00', seats: 6 },
			{ portId: 'tecate', date: '2025-03-11', slotTime: '07:00', seats: 3 }
		];
		const slots = slotsForRun(runDate, 14, template, overrides);
		expect(slots).toContainEqual(at('calexico', '2025-03-09', '11:00', 6));
		expect(slots.filter((s) => s.portId === 'tecate')).toEqual([
			at('tecate', '2025-03-11', '07:00', 3)
		]);
		expect(weekdayOf('2025-03-09')).toBe(sun);
	});

	it('ignores overrides on the run date and after the horizon', () => {
		const overrides: OverrideRow[] = [
			{ portId: 'calexico', date: runDate, slotTime: '11:00', seats: 6 },
			{ portId: 'calexico', date: '2025-03-20', slotTime: '11:00', seats: 6 }
		];
		expect(slotsForRun(runDate, 14, template, overrides)).toEqual(
			slotsForRun(runDate, 14, template, [])
		);
	});

	it('subtracts the seats already taken, adding up several rows, and drops full slots', () => {
		const taken: TakenSeats[] = [
			{ portId: 'calexico', date: '2025-03-10', time: '08:00', seats: 3 },
			{ portId: 'calexico', date: '2025-03-10', time: '08:00', seats: 2 },
			{ portId: 'calexico', date: '2025-03-10', time: '13:00', seats: 5 },
			{ portId: 'calexico', date: '2025-03-12', time: '09:00', seats: 9 },
			// Same time, other port or other day: no effect on calexico 10 March 08:00.
			{ portId: 'andrade', date: '2025-03-17', time: '08:00', seats: 1 }
		];
		const slots = slotsForRun(runDate, 14, template, [], taken);
		expect(slots).toContainEqual(at('calexico', '2025-03-10', '08:00', 5));
		expect(slots).toContainEqual(at('andrade', '2025-03-10', '08:00', 4));
		expect(slots).toContainEqual(at('andrade', '2025-03-17', '08:00', 3));
		expect(slots).toContainEqual(at('calexico', '2025-03-17', '08:00', 10));
		expect(slots.find((s) => s.date === '2025-03-10' && s.time === '13:00')).toBeUndefined();
		expect(slots.find((s) => s.date === '2025-03-12')).toBeUndefined();
	});

	it('subtracts taken seats from override seats too', () => {
		const overrides: OverrideRow[] = [
			{ portId: 'calexico', date: '2025-03-10', slotTime: '10:00', seats: 12 }
		];
		const taken: TakenSeats[] = [
			{ portId: 'calexico', date: '2025-03-10', time: '10:00', seats: 7 }
		];
		expect(
			slotsForRun(runDate, 14, template, overrides, taken).filter(
				(s) => s.portId === 'calexico' && s.date === '2025-03-10'
			)
		).toEqual([at('calexico', '2025-03-10', '10:00', 5)]);
	});

	it('crosses months and years on calendar days', () => {
		const everyDay: TemplateRow[] = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
			portId: 'p',
			weekday,
			slotTime: '08:00',
			seats: 1
		}));
		expect(slotsForRun('2025-12-28', 7, everyDay, []).map((s) => s.date)).toEqual([
			'2025-12-29',
			'2025-12-30',
			'2025-12-31',
			'2026-01-01',
			'2026-01-02',
			'2026-01-03',
			'2026-01-04'
		]);
		expect(slotsForRun('2024-02-27', 3, everyDay, []).map((s) => s.date)).toEqual([
			'2024-02-28',
			'2024-02-29',
			'2024-03-01'
		]);
	});

	it('agrees with a plain model on random templates, overrides and taken seats, sorted', () => {
		const ports = ['b-port', 'a-port', 'c-port'];
		const times = ['14:00', '08:00', '09:30'];
		// Days from the run date: -1 to 16, so some fall outside a 14-day horizon.
		const dayArb = fc.integer({ min: -1, max: 16 });
		const dateOf = (day: number) => new Date(Date.UTC(2025, 2, 5 + day)).toISOString().slice(0, 10);
		// 2 March 2025 was a Sunday: the weekday of day d is (d + 3) mod 7.
		const weekdayOfDay = (day: number) => (((day + 3) % 7) + 7) % 7;

		fc.assert(
			fc.property(
				fc.uniqueArray(
					fc.record({
						portId: fc.constantFrom(...ports),
						weekday: fc.integer({ min: 0, max: 6 }),
						slotTime: fc.constantFrom(...times),
						seats: fc.integer({ min: 0, max: 9 })
					}),
					{ maxLength: 25, selector: (t) => `${t.portId}|${t.weekday}|${t.slotTime}` }
				),
				fc.uniqueArray(
					fc.record({
						portId: fc.constantFrom(...ports),
						day: dayArb,
						slotTime: fc.constantFrom(...times),
						seats: fc.integer({ min: 0, max: 9 })
					}),
					{ maxLength: 10, selector: (o) => `${o.portId}|${o.day}|${o.slotTime}` }
				),
				fc.array(
					fc.record({
						portId: fc.constantFrom(...ports),
						day: dayArb,
						time: fc.constantFrom(...times),
						seats: fc.integer({ min: 0, max: 6 })
					}),
					{ maxLength: 15 }
				),
				fc.integer({ min: 0, max: 15 }),
				(templateRows, overrideRows, takenRows, horizon) => {
					const overrides = overrideRows.map((o) => ({
						portId: o.portId,
						date: dateOf(o.day),
						slotTime: o.slotTime,
						seats: o.seats
					}));
					const taken = takenRows.map((t) => ({
						portId: t.portId,
						date: dateOf(t.day),
						time: t.time,
						seats: t.seats
					}));
					const actual = slotsForRun(runDate, horizon, templateRows, overrides, taken);

					const expected: Array<{ portId: string; date: string; time: string; seats: number }> = [];
					for (let day = 1; day <= horizon; day++) {
						for (const portId of ports) {
							const ofDay = overrideRows.filter((o) => o.portId === portId && o.day === day);
							const rows =
								ofDay.length > 0
									? ofDay
									: templateRows.filter(
											(t) => t.portId === portId && t.weekday === weekdayOfDay(day)
										);
							for (const row of rows) {
								const used = takenRows
									.filter((t) => t.portId === portId && t.day === day && t.time === row.slotTime)
									.reduce((sum, t) => sum + t.seats, 0);
								if (row.seats - used > 0)
									expected.push({
										portId,
										date: dateOf(day),
										time: row.slotTime,
										seats: row.seats - used
									});
							}
						}
					}
					const key = (s: { portId: string; date: string; time: string }) =>
						[s.portId, s.date, s.time].join(' ');
					expect(new Set(actual.map(key)).size).toBe(actual.length);
					expect([...actual].sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(
						[...expected].sort((a, b) => (key(a) < key(b) ? -1 : 1))
					);
					// Sorted by port, then date, then time.
					for (let i = 1; i < actual.length; i++)
						expect(key(actual[i - 1]!) < key(actual[i]!)).toBe(true);
				}
			),
			{ numRuns: 400 }
		);
	});
});
