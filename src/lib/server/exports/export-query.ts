/**
 * Checking an export's query (port and days) before anything is read. Pure: the page shows
 * the problems next to its fields, the CSV endpoints answer 400 with the same words.
 */
import { invalid, valid, type FieldErrors, type Validation } from '$lib/schemas/result';
import type { AppointmentsQuery } from './appointments';
import type { AuditQuery } from './audit';

/** The longest range one export may cover: a year, leap day included. */
export const maxRangeDays = 366;

const day = 86_400_000;

/** A real calendar date written YYYY-MM-DD, as `<input type="date">` sends it. */
export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const time = Date.parse(`${value}T00:00:00Z`);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Days from `from` to `to`, both included (1 for the same day). */
export function daysIncluded(from: string, to: string): number {
	return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day + 1;
}

/**
 * Checks two days: each a real date (or empty, when `required` is false), the last not before
 * the first, at most `maxRangeDays` apart. Problems are keyed `from` and `to`.
 */
export function validateRange(
	fields: { from: string; to: string },
	required: boolean
): Validation<{ from?: string; to?: string }> {
	const from = fields.from.trim();
	const to = fields.to.trim();
	const errors: FieldErrors = {};
	if (!from && required) errors.from = 'export_from_required';
	else if (from && !isIsoDate(from)) errors.from = 'export_date_invalid';
	if (!to && required) errors.to = 'export_to_required';
	else if (to && !isIsoDate(to)) errors.to = 'export_date_invalid';
	if (Object.keys(errors).length) return invalid(errors);
	if (from && to && to < from) return invalid({ to: 'export_range_backwards' });
	if (from && to && daysIncluded(from, to) > maxRangeDays) {
		return invalid({ to: 'export_range_too_long' });
	}
	return valid({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
}

/** The appointments export: a known port and two days. Problems keyed `port`, `from`, `to`. */
export function validateAppointmentsQuery(
	fields: { port: string; from: string; to: string },
	knownPortIds: readonly string[]
): Validation<AppointmentsQuery> {
	const portId = fields.port.trim();
	const portError: FieldErrors = knownPortIds.includes(portId)
		? {}
		: { port: 'export_port_required' };
	const range = validateRange(fields, true);
	if (!range.ok || portError.port) {
		return invalid({ ...portError, ...(range.ok ? {} : range.errors) });
	}
	return valid({ portId, from: range.value.from!, to: range.value.to! });
}

/** The audit export: optional days, checked like any range when given. */
export function validateAuditQuery(fields: { from: string; to: string }): Validation<AuditQuery> {
	return validateRange(fields, false);
}

/** The query's fields, missing ones as '' (a URL may carry anything, or nothing). */
export function readQuery<K extends string>(
	params: URLSearchParams,
	names: readonly K[]
): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const name of names) out[name] = (params.get(name) ?? '').slice(0, 100);
	return out;
}
