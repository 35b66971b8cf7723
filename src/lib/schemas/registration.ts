/**
 * Server-side validation of each registration question. Pure functions: strings in,
 * a clean value or message keys out. Nothing here throws for any input.
 */
import * as v from 'valibot';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cleanText, type FormFields } from './form-values';
import { dateProblemKey, parseDateParts, type DateParts } from './date-parts';
import { invalid, valid, type FieldErrors, type Validation } from './result';
import { isNationalityCode } from './nationalities';
import { usStateCodes } from './us-states';

export const maxGroupSize = 12;
export const maxNameLength = 100;
export const maxAgeYears = 120;

export function validateGroupSize(fields: FormFields<'group_size'>): Validation<number> {
	const text = cleanText(fields.group_size);
	if (!text) return invalid({ group_size: 'error_group_size_required' });
	if (!/^\d{1,3}$/.test(text)) return invalid({ group_size: 'error_group_size_number' });
	const size = Number(text);
	if (size < 1 || size > maxGroupSize) return invalid({ group_size: 'error_group_size_range' });
	return valid(size);
}

/**
 * Names in any script, with combining marks, spaces, hyphens, full stops, the three
 * apostrophes people type (' ’ ʼ) as in K'iche' names like "Tz'unun", middle dots (Catalan
 * "Marcel·lí", Japanese "ジョン・スミス") and the zero-width joiners of Persian and Indic scripts.
 */
const namePattern = /^['’ʼ]?\p{L}[\p{L}\p{M}'’ʼ\-. ·・\u200c\u200d]*$/u;

const fullNameSchema = v.pipe(
	v.string(),
	v.transform(cleanText),
	v.minLength(1, 'error_name_required'),
	v.maxLength(maxNameLength, 'error_name_too_long'),
	v.regex(namePattern, 'error_name_characters')
);

export function validateFullName(fields: FormFields<'full_name'>): Validation<string> {
	const result = v.safeParse(fullNameSchema, fields.full_name);
	if (result.success) return valid(result.output);
	return invalid({ full_name: result.issues[0].message as FieldErrors[string] });
}

/** A real date of birth: not in the future, and not more than 120 years ago. */
export function validateDateOfBirth(
	fields: FormFields<'dob-day' | 'dob-month' | 'dob-year'>,
	todayIso: string
): Validation<string> {
	const parts: DateParts = {
		day: fields['dob-day'],
		month: fields['dob-month'],
		year: fields['dob-year']
	};
	const parsed = parseDateParts(parts);
	if (!parsed.ok)
		return invalid({ [`dob-${parsed.field}`]: dateProblemKey('dob', parsed.problem) });
	if (parsed.iso > todayIso) return invalid({ 'dob-day': 'error_dob_future' });
	const oldest = `${Number(todayIso.slice(0, 4)) - maxAgeYears}${todayIso.slice(4)}`;
	if (parsed.iso < oldest) return invalid({ 'dob-year': 'error_dob_too_old' });
	return valid(parsed.iso);
}

export function validateNationality(fields: FormFields<'nationality'>): Validation<string> {
	const code = fields.nationality.trim();
	if (!code || !isNationalityCode(code))
		return invalid({ nationality: 'error_nationality_required' });
	return valid(code);
}

/** Optional. When given, it must be a real number with its country code; stored as E.164. */
export function validatePhone(fields: FormFields<'phone'>): Validation<string | null> {
	const text = cleanText(fields.phone);
	if (!text) return valid(null);
	const international = text.replace(/^00/, '+');
	if (!/^\+?[\d\s().-]{6,25}$/.test(international))
		return invalid({ phone: 'error_phone_invalid' });
	const phone = parsePhoneNumberFromString(
		international.startsWith('+') ? international : `+${international}`
	);
	if (!phone || !phone.isValid()) return invalid({ phone: 'error_phone_invalid' });
	return valid(phone.number);
}

export type AddressFields =
	'address_line1' | 'address_line2' | 'address_city' | 'address_state' | 'address_zip';
export type UsAddressValue = {
	line1: string;
	line2: string;
	city: string;
	state: string;
	zip: string;
};

const maxAddressPart = 120;

/** Optional. Left empty, there is no address; started, the parts that find a house are needed. */
export function validateUsAddress(
	fields: FormFields<AddressFields>
): Validation<UsAddressValue | null> {
	const value = {
		line1: cleanText(fields.address_line1),
		line2: cleanText(fields.address_line2),
		city: cleanText(fields.address_city),
		state: cleanText(fields.address_state).toUpperCase(),
		zip: cleanText(fields.address_zip)
	};
	if (Object.values(value).every((part) => part === '')) return valid(null);
	const errors: FieldErrors = {};
	for (const [key, part] of Object.entries(value)) {
		if (part.length > maxAddressPart) errors[`address_${key}`] = 'error_address_too_long';
	}
	if (!value.line1) errors.address_line1 = 'error_address_line1_required';
	if (!value.city) errors.address_city = 'error_address_city_required';
	if (!usStateCodes.includes(value.state)) errors.address_state = 'error_address_state_required';
	if (!/^\d{5}(-\d{4})?$/.test(value.zip)) errors.address_zip = 'error_address_zip_invalid';
	return Object.keys(errors).length ? invalid(errors) : valid(value);
}
