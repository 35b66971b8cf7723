/**
 * Capacity for a run: a weekly template per port, replaced day by day by overrides, over the
 * booking horizon, less the seats already offered or confirmed. Pure.
 */
import { addDays, weekdayOf } from '../../schemas/date-parts';
import type { Slot } from './allocate';

export type TemplateRow = { portId: string; weekday: number; slotTime: string; seats: number };
export type OverrideRow = { portId: string; date: string; slotTime: string; seats: number };
export type TakenSeats = { portId: string; date: string; time: string; seats: number };

export const defaultHorizonDays = 14;

export { weekdayOf };

/**
 * Slots from the day after `runDate` to `runDate + horizonDays`. A port with any override on a
 * date uses only its overrides that day (so an override of 0 seats closes a slot, and a day
 * with no template can be opened).
 */
export function slotsForRun(
	runDate: string,
	horizonDays: number,
	template: readonly TemplateRow[],
	overrides: readonly OverrideRow[],
	taken: readonly TakenSeats[] = []
): Slot[] {
	const key = (portId: string, date: string, time: string) => `${portId}|${date}|${time}`;
	const takenSeats = new Map<string, number>();
	for (const t of taken)
		takenSeats.set(
			key(t.portId, t.date, t.time),
			(takenSeats.get(key(t.portId, t.date, t.time)) ?? 0) + t.seats
		);
	const overridden = new Set(overrides.map((o) => `${o.portId}|${o.date}`));
	const ports = [
		...new Set([...template.map((t) => t.portId), ...overrides.map((o) => o.portId)])
	].sort();

	const slots: Slot[] = [];
	for (let day = 1; day <= horizonDays; day++) {
		const date = addDays(runDate, day);
		const weekday = weekdayOf(date);
		for (const portId of ports) {
			const rows = overridden.has(`${portId}|${date}`)
				? overrides.filter((o) => o.portId === portId && o.date === date)
				: template.filter((t) => t.portId === portId && t.weekday === weekday);
			for (const row of rows) {
				const seats = row.seats - (takenSeats.get(key(portId, date, row.slotTime)) ?? 0);
				if (seats > 0) slots.push({ portId, date, time: row.slotTime, seats });
			}
		}
	}
	return slots.sort((a, b) =>
		a.portId !== b.portId
			? a.portId < b.portId
				? -1
				: 1
			: a.date !== b.date
				? a.date < b.date
					? -1
					: 1
				: a.time < b.time
					? -1
					: a.time > b.time
						? 1
						: 0
	);
}
