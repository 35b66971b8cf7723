/**
 * Forms of the port and allocation administration: ports, the capacity calendar, the
 * allocation settings and the date of a run. Pure; errors are message keys.
 */
import { addDays, isRealDate, weekdayOf } from './date-parts';
import { cleanText, type FormFields } from './form-values';
import { invalid, valid, type FieldErrors, type Validation } from './result';

const done = <T>(errors: FieldErrors, value: T): Validation<T> =>
	Object.keys(errors).length ? invalid(errors) : valid(value);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const slotTime = /^([01]\d|2[0-3]):[0-5]\d$/;
const maxSeatsPerSlot = 10_000;
export const maxInstructions = 500;

/** A real calendar date in ISO form (2026-02-30 is not one). */
export function isRealIsoDate(value: string): boolean {
	if (!isoDate.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	return isRealDate(y, m, d);
}

/** An IANA time zone the runtime knows (the ports' local time comes from it). */
export function isTimeZone(value: string): boolean {
	if (!value || value.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

/** Multi-line text: control characters removed except line breaks, lines trimmed. */
export function cleanMultiline(value: string): string {
	return value
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => cleanText(line))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

export type PortInput = {
	name: string;
	address: string;
	timezone: string;
	instructions: Record<string, string>;
};

/** The port form; `instructions_<locale>` fields hold what applicants are told in each language. */
export function validatePort(
	fields: FormFields<'name' | 'address' | 'timezone'>,
	instructionFields: Record<string, string>
): Validation<PortInput> {
	const errors: FieldErrors = {};
	const name = cleanText(fields.name);
	const address = cleanText(fields.address);
	const timezone = fields.timezone.trim();
	if (!name) errors.name = 'port_name_required';
	else if (name.length > 80) errors.name = 'port_name_too_long';
	if (address.length > 200) errors.address = 'port_address_too_long';
	if (!isTimeZone(timezone)) errors.timezone = 'port_timezone_invalid';
	const instructions: Record<string, string> = {};
	for (const [locale, raw] of Object.entries(instructionFields)) {
		const text = cleanMultiline(raw);
		if (text.length > maxInstructions)
			errors[`instructions_${locale}`] = 'port_instructions_too_long';
		else if (text) instructions[locale] = text;
	}
	return done(errors, { name, address, timezone, instructions });
}

/** A short, stable id for a new port from its name: "Eagle Pass" → "eagle-pass". */
export function portIdFromName(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return slug || 'port';
}

/** "08:00 09:00, 10:30" → sorted unique times; null when any is not a time of day. */
export function parseSlotTimes(value: string): string[] | null {
	const parts = value
		.split(/[\s,;]+/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => (/^\d:\d\d$/.test(p) ? `0${p}` : p));
	if (parts.some((p) => !slotTime.test(p))) return null;
	return [...new Set(parts)].sort();
}

function parseSeats(value: string): number | null {
	const text = value.trim();
	if (!/^\d{1,5}$/.test(text)) return null;
	const seats = Number(text);
	return seats <= maxSeatsPerSlot ? seats : null;
}

export type TemplateDay = { weekday: number; times: string[]; seats: number };

/** The weekly pattern: for each weekday (0 = Sunday), its slot times and seats per slot. */
export function validateTemplate(fields: Record<string, string>): Validation<TemplateDay[]> {
	const errors: FieldErrors = {};
	const days: TemplateDay[] = [];
	for (let weekday = 0; weekday < 7; weekday++) {
		const times = parseSlotTimes(fields[`times_${weekday}`] ?? '');
		const seatsText = (fields[`seats_${weekday}`] ?? '').trim();
		// A closed day: no times, or 0 seats. Times need a number of seats.
		const seats = seatsText === '' && !times?.length ? 0 : parseSeats(seatsText);
		if (!times) errors[`times_${weekday}`] = 'capacity_times_invalid';
		if (seats === null) errors[`seats_${weekday}`] = 'capacity_seats_invalid';
		if (times && seats !== null) days.push({ weekday, times: seats ? times : [], seats });
	}
	return done(errors, days);
}

export type DatesChange = {
	dates: string[];
	/** null: return these dates to the weekly pattern. */
	times: string[] | null;
	seats: number;
};

/** Longest range changed at once: a quarter of a year. */
export const maxBulkDays = 92;

/**
 * Changing one date or many: from–to (to may be empty for one date), on the chosen weekdays
 * (none chosen: every day), the day's slots and seats per slot; or back to the weekly pattern.
 */
export function validateDatesChange(
	fields: FormFields<'from' | 'to' | 'times' | 'seats' | 'mode'>,
	weekdays: string[],
	firstAllowed: string
): Validation<DatesChange> {
	const errors: FieldErrors = {};
	const from = fields.from.trim();
	const to = fields.to.trim() || from;
	if (!isRealIsoDate(from)) errors.from = 'capacity_date_invalid';
	else if (from < firstAllowed) errors.from = 'capacity_date_past';
	if (!errors.from && !isRealIsoDate(to)) errors.to = 'capacity_date_invalid';
	else if (!errors.from && to < from) errors.to = 'capacity_range_backwards';
	const chosenDays = new Set(weekdays.filter((d) => /^[0-6]$/.test(d)).map(Number));
	const dates: string[] = [];
	if (!errors.from && !errors.to) {
		for (let day = from; day <= to; day = addDays(day, 1)) {
			if (dates.length > maxBulkDays) break;
			if (!chosenDays.size || chosenDays.has(weekdayOf(day))) dates.push(day);
		}
		if (dates.length > maxBulkDays) errors.to = 'capacity_range_too_long';
		else if (!dates.length) errors.weekdays = 'capacity_no_dates';
	}
	if (fields.mode === 'pattern') return done(errors, { dates, times: null, seats: 0 });
	const times = parseSlotTimes(fields.times);
	const seats = parseSeats(fields.seats);
	if (!times || (!times.length && fields.seats.trim() !== '0'))
		errors.times = 'capacity_times_invalid';
	if (seats === null) errors.seats = 'capacity_seats_invalid';
	return done(errors, { dates, times: seats === 0 ? [] : (times ?? []), seats: seats ?? 0 });
}

export type SettingsInput = {
	cutoff: string;
	seniorityPercent: number;
	confirmHours: number;
	horizonDays: number;
};

function wholeNumber(value: string, min: number, max: number): number | null {
	const text = value.trim();
	if (!/^\d{1,4}$/.test(text)) return null;
	const n = Number(text);
	return n >= min && n <= max ? n : null;
}

export function validateSettings(
	fields: FormFields<'cutoff' | 'seniority' | 'confirm_hours' | 'horizon'>
): Validation<SettingsInput> {
	const errors: FieldErrors = {};
	const cutoff = fields.cutoff.trim();
	if (!slotTime.test(cutoff)) errors.cutoff = 'settings_cutoff_invalid';
	const seniorityPercent = wholeNumber(fields.seniority, 0, 100);
	if (seniorityPercent === null) errors.seniority = 'settings_seniority_invalid';
	// At least 2 hours to confirm; at most 3 days (seats held longer are seats lost).
	const confirmHours = wholeNumber(fields.confirm_hours, 2, 72);
	if (confirmHours === null) errors.confirm_hours = 'settings_confirm_invalid';
	const horizonDays = wholeNumber(fields.horizon, 1, 60);
	if (horizonDays === null) errors.horizon = 'settings_horizon_invalid';
	return done(errors, {
		cutoff,
		seniorityPercent: seniorityPercent ?? 0,
		confirmHours: confirmHours ?? 0,
		horizonDays: horizonDays ?? 0
	});
}

/** A run date an administrator may preview or run: from yesterday (a missed run) to a week ahead. */
export function validateRunDate(value: string, today: string): Validation<string> {
	const date = value.trim();
	if (!isRealIsoDate(date)) return invalid({ date: 'run_date_invalid' });
	const lowest = addDays(today, -1);
	const highest = addDays(today, 7);
	if (date < lowest || date > highest) return invalid({ date: 'run_date_out_of_range' });
	return valid(date);
}
