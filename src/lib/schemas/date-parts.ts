/**
 * The GOV.UK three-box date: day, month and year typed separately. Checks that the parts
 * make a real calendar date and returns it as YYYY-MM-DD.
 */
import type { ErrorKey } from './error-keys';

export type DateParts = { day: string; month: string; year: string };

export type DateProblem =
	'required' | 'day_missing' | 'month_missing' | 'year_missing' | 'not_real';

/** Returns the ISO date or the first problem; `field` names the box to link the error to. */
export function parseDateParts(
	parts: DateParts
): { ok: true; iso: string } | { ok: false; problem: DateProblem; field: keyof DateParts } {
	const day = parts.day.trim();
	const month = parts.month.trim();
	const year = parts.year.trim();
	if (!day && !month && !year) return { ok: false, problem: 'required', field: 'day' };
	if (!day) return { ok: false, problem: 'day_missing', field: 'day' };
	if (!month) return { ok: false, problem: 'month_missing', field: 'month' };
	if (!year) return { ok: false, problem: 'year_missing', field: 'year' };
	if (!/^\d{1,2}$/.test(day)) return { ok: false, problem: 'not_real', field: 'day' };
	if (!/^\d{1,2}$/.test(month)) return { ok: false, problem: 'not_real', field: 'month' };
	if (!/^\d{4}$/.test(year)) return { ok: false, problem: 'not_real', field: 'year' };
	const d = Number(day);
	const m = Number(month);
	const y = Number(year);
	if (m < 1 || m > 12) return { ok: false, problem: 'not_real', field: 'month' };
	if (d < 1 || d > daysInMonth(y, m)) return { ok: false, problem: 'not_real', field: 'day' };
	return { ok: true, iso: `${year}-${pad2(m)}-${pad2(d)}` };
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

/** Adds whole days to an ISO date (calendar arithmetic, no time zone involved). */
export function addDays(iso: string, days: number): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The message key for a date problem, for a given date question ('dob' or 'travel_date'). */
export function dateProblemKey(question: 'dob' | 'travel_date', problem: DateProblem): ErrorKey {
	return `error_${question}_${problem}` as ErrorKey;
}

/** Splits an ISO date back into the three boxes, to show a saved answer. */
export function isoToParts(iso: string | undefined): DateParts {
	if (!iso) return { day: '', month: '', year: '' };
	const [year = '', month = '', day = ''] = iso.split('-');
	return { day: String(Number(day)), month: String(Number(month)), year };
}

/** Whether year, month and day make a real calendar date (2026-02-30 does not). */
export function isRealDate(y: number, m: number, d: number): boolean {
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Weekday (0 = Sunday) of an ISO date, independent of any time zone. */
export function weekdayOf(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
