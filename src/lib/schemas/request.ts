/** Server-side validation of the appointment request questions. Pure; never throws. */
import { addDays, dateProblemKey, parseDateParts } from './date-parts';
import type { FormFields } from './form-values';
import { invalid, valid, type Validation } from './result';

export const maxPortChoices = 3;
/** How far ahead a person may say they can first travel. */
export const maxTravelDaysAhead = 365;

export type PortFields = 'port_1' | 'port_2' | 'port_3';

/** 1 to 3 known, distinct ports, without a gap (a third choice needs a second). */
export function validatePortChoices(
	fields: FormFields<PortFields>,
	knownPortIds: readonly string[]
): Validation<string[]> {
	const choices = [fields.port_1, fields.port_2, fields.port_3].map((c) => c.trim());
	if (!choices[0]) return invalid({ port_1: 'error_ports_first_required' });
	for (const [i, choice] of choices.entries()) {
		if (choice && !knownPortIds.includes(choice))
			return invalid({ [`port_${i + 1}`]: 'error_ports_unknown' });
	}
	if (!choices[1] && choices[2]) return invalid({ port_2: 'error_ports_gap' });
	const chosen = choices.filter(Boolean);
	const firstRepeat = chosen.findIndex((c, i) => chosen.indexOf(c) !== i);
	if (firstRepeat !== -1) return invalid({ [`port_${firstRepeat + 1}`]: 'error_ports_duplicate' });
	return valid(chosen);
}

/** A real date from today up to a year ahead. */
export function validateTravelDate(
	fields: FormFields<'travel-day' | 'travel-month' | 'travel-year'>,
	todayIso: string
): Validation<string> {
	const parsed = parseDateParts({
		day: fields['travel-day'],
		month: fields['travel-month'],
		year: fields['travel-year']
	});
	if (!parsed.ok)
		return invalid({ [`travel-${parsed.field}`]: dateProblemKey('travel_date', parsed.problem) });
	if (parsed.iso < todayIso) return invalid({ 'travel-day': 'error_travel_date_past' });
	if (parsed.iso > addDays(todayIso, maxTravelDaysAhead))
		return invalid({ 'travel-year': 'error_travel_date_too_far' });
	return valid(parsed.iso);
}
