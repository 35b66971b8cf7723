import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { tempDatabase } from '../testing/temp-db';
import { auditEntry, capacityOverride } from '../db/schema';
import { capacityCalendar, changeDates, saveWeeklyPattern, weeklyPattern } from './capacity-admin';
import { allocationSettings, runSettings, saveAllocationSettings } from './settings';

const { db, remove } = tempDatabase();
afterAll(() => remove());
db.$client
	.prepare(
		"insert into organisation (id, name, kind, created_at) values (1, 'Agency', 'government', 0)"
	)
	.run();
db.$client
	.prepare(
		"insert into staff_user (id, organisation_id, email, name, role, password_hash, must_change_password, active, created_at) values (1, 1, 'a@x', 'Admin', 'admin', 'x', 0, 1, 0)"
	)
	.run();
const admin = { kind: 'staff' as const, id: 1 };
const actions = () =>
	db
		.select()
		.from(auditEntry)
		.all()
		.map((e) => e.action);

describe('the capacity calendar', () => {
	it('shows the seeded weekly pattern: weekdays open, weekends closed', () => {
		const pattern = weeklyPattern(db, 'laredo');
		expect(pattern[1]).toMatchObject({ weekday: 1, seats: 10 });
		expect(pattern[1]!.times).toContain('08:00');
		expect(pattern[0]).toEqual({ weekday: 0, times: [], seats: 0 });
	});
	it('a saved pattern replaces the old one', () => {
		const days = Array.from({ length: 7 }, (_, weekday) => ({
			weekday,
			times: weekday === 6 ? ['10:00', '11:00'] : [],
			seats: weekday === 6 ? 4 : 0
		}));
		saveWeeklyPattern(db, 'laredo', days, admin, 1);
		expect(weeklyPattern(db, 'laredo')[6]).toEqual({
			weekday: 6,
			times: ['10:00', '11:00'],
			seats: 4
		});
		expect(weeklyPattern(db, 'laredo')[1]!.times).toEqual([]);
		expect(actions()).toContain('capacity.pattern_changed');
	});
	it('dates changed replace the pattern on those dates; 0 seats closes; reset returns', () => {
		// 2026-12-05 is a Saturday.
		changeDates(db, 'laredo', { dates: ['2026-12-04'], times: ['08:00'], seats: 30 }, admin, 2);
		changeDates(db, 'laredo', { dates: ['2026-12-05'], times: [], seats: 0 }, admin, 3);
		let calendar = capacityCalendar(db, 'laredo', '2026-12-04', 3);
		expect(
			calendar.map((d) => [d.date, d.changed, d.slots.map((s) => `${s.time}=${s.seats}`)])
		).toEqual([
			['2026-12-04', true, ['08:00=30']],
			['2026-12-05', true, []],
			['2026-12-06', false, []]
		]);
		changeDates(db, 'laredo', { dates: ['2026-12-05'], times: null, seats: 0 }, admin, 4);
		calendar = capacityCalendar(db, 'laredo', '2026-12-05', 1);
		expect(calendar[0]).toMatchObject({
			changed: false,
			slots: [
				{ time: '10:00', seats: 4, taken: 0 },
				{ time: '11:00', seats: 4, taken: 0 }
			]
		});
		expect(
			db.select().from(capacityOverride).where(eq(capacityOverride.date, '2026-12-05')).all()
		).toEqual([]);
		expect(actions()).toEqual(
			expect.arrayContaining(['capacity.dates_changed', 'capacity.dates_reset'])
		);
	});
});

describe('allocation settings', () => {
	it('default to the environment, then follow what an admin saved', () => {
		expect(allocationSettings(db)).toMatchObject({ cutoff: '23:00', horizonDays: 14 });
		saveAllocationSettings(
			db,
			{ cutoff: '21:30', seniorityPercent: 30, confirmHours: 12, horizonDays: 10 },
			admin,
			5
		);
		expect(allocationSettings(db)).toEqual({
			cutoff: '21:30',
			seniorityPercent: 30,
			confirmHours: 12,
			horizonDays: 10
		});
		expect(runSettings(db)).toMatchObject({
			seniorityShare: 0.3,
			confirmHours: 12,
			horizonDays: 10
		});
		const entry = db
			.select()
			.from(auditEntry)
			.where(eq(auditEntry.action, 'allocation.settings_changed'))
			.get();
		expect(entry?.details).toMatchObject({
			before: { cutoff: '23:00' },
			after: { cutoff: '21:30' }
		});
	});
});
