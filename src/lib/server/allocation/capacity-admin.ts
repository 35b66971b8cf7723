/**
 * The capacity calendar as administrators edit it: the weekly pattern of each port, and
 * dates changed from it (one date or a range at once). Every change is audited.
 */
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { capacityOverride, capacityTemplate, offer } from '../db/schema';
import type { Actor } from '../audit/audit-log';
import { changeWithAudit } from '../audit/audited-change';
import { addDays } from '../../schemas/date-parts';
import type { DatesChange, TemplateDay } from '../../schemas/port-admin';
import { weekdayOf } from './capacity';

type StaffActor = Actor & { kind: 'staff' };

/**
 * A day closed without naming its slots: one zero-seat row marks the date as changed (a
 * port with any row for a date uses only that date's rows; see capacity.ts).
 */
const closedMarker = '00:00';

/** The weekly pattern, one entry per weekday (0 = Sunday), seats as the largest slot's. */
export function weeklyPattern(db: Db, portId: string): TemplateDay[] {
	const rows = db.select().from(capacityTemplate).where(eq(capacityTemplate.portId, portId)).all();
	return Array.from({ length: 7 }, (_, weekday) => {
		const day = rows.filter((r) => r.weekday === weekday && r.seats > 0);
		return {
			weekday,
			times: day.map((r) => r.slotTime).sort(),
			seats: day.reduce((most, r) => Math.max(most, r.seats), 0)
		};
	});
}

/** Replaces the port's weekly pattern. Dates already changed keep their own slots. */
export function saveWeeklyPattern(
	db: Db,
	portId: string,
	days: readonly TemplateDay[],
	actor: StaffActor,
	now: number
): void {
	changeWithAudit(
		db,
		now,
		() => {
			db.delete(capacityTemplate).where(eq(capacityTemplate.portId, portId)).run();
			for (const day of days)
				for (const slotTime of day.times)
					db.insert(capacityTemplate)
						.values({ portId, weekday: day.weekday, slotTime, seats: day.seats })
						.run();
		},
		() => ({
			actor,
			action: 'capacity.pattern_changed',
			subject: `port:${portId}`,
			details: {
				days: days.map((d) => ({ weekday: d.weekday, slots: d.times.length, seats: d.seats }))
			}
		})
	);
}

/** Sets the slots of each date (0 seats closes it), or returns the dates to the pattern. */
export function changeDates(
	db: Db,
	portId: string,
	change: DatesChange,
	actor: StaffActor,
	now: number
): void {
	changeWithAudit(
		db,
		now,
		() => {
			for (const date of change.dates) {
				db.delete(capacityOverride)
					.where(and(eq(capacityOverride.portId, portId), eq(capacityOverride.date, date)))
					.run();
				if (change.times === null) continue;
				const times = change.times.length && change.seats > 0 ? change.times : [closedMarker];
				for (const slotTime of times)
					db.insert(capacityOverride).values({ portId, date, slotTime, seats: change.seats }).run();
			}
		},
		() => ({
			actor,
			action: change.times === null ? 'capacity.dates_reset' : 'capacity.dates_changed',
			subject: `port:${portId}`,
			details: {
				from: change.dates[0],
				to: change.dates[change.dates.length - 1],
				dates: change.dates.length,
				slots: change.times?.length ?? null,
				seats: change.seats
			}
		})
	);
}

export type CalendarDay = {
	date: string;
	weekday: number;
	changed: boolean;
	slots: { time: string; seats: number; taken: number }[];
};

/** The port's capacity day by day, with the seats already offered or confirmed. */
export function capacityCalendar(
	db: Db,
	portId: string,
	from: string,
	days: number
): CalendarDay[] {
	const to = addDays(from, days - 1);
	const pattern = db
		.select()
		.from(capacityTemplate)
		.where(eq(capacityTemplate.portId, portId))
		.all();
	const overrides = db
		.select()
		.from(capacityOverride)
		.where(
			and(
				eq(capacityOverride.portId, portId),
				gte(capacityOverride.date, from),
				lte(capacityOverride.date, to)
			)
		)
		.all();
	const taken = db
		.select({ date: offer.date, time: offer.slotTime, seats: sql<number>`sum(${offer.seats})` })
		.from(offer)
		.where(
			and(
				eq(offer.portId, portId),
				inArray(offer.status, ['offered', 'confirmed']),
				gte(offer.date, from),
				lte(offer.date, to)
			)
		)
		.groupBy(offer.date, offer.slotTime)
		.all();
	const takenAt = new Map(taken.map((t) => [`${t.date}|${t.time}`, Number(t.seats)]));
	return Array.from({ length: days }, (_, i) => {
		const date = addDays(from, i);
		const weekday = weekdayOf(date);
		const own = overrides.filter((o) => o.date === date);
		const rows = own.length ? own : pattern.filter((p) => p.weekday === weekday);
		return {
			date,
			weekday,
			changed: own.length > 0,
			slots: rows
				.filter((r) => r.seats > 0 || takenAt.has(`${date}|${r.slotTime}`))
				.map((r) => ({
					time: r.slotTime,
					seats: r.seats,
					taken: takenAt.get(`${date}|${r.slotTime}`) ?? 0
				}))
				.sort((a, b) => (a.time < b.time ? -1 : 1))
		};
	});
}
