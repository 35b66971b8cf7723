import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorKeys } from './error-keys';
import { maxFieldLength, readFields } from './form-values';
import {
	validateDateOfBirth,
	validateFullName,
	validateGroupSize,
	validateNationality,
	validatePhone,
	validateUsAddress
} from './registration';
import { validatePortChoices, validateTravelDate } from './request';
import type { Validation } from './result';
import { validateSignIn } from './sign-in';

const knownKeys: readonly string[] = errorKeys;
const ports = ['san-ysidro', 'calexico', 'nogales', 'el-paso', 'laredo'];
const today = '2025-06-15';

/** Lone UTF-16 surrogates: what a broken client or a sliced string can send. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n));

/** Strings a person, a keyboard, a paste or an attacker might send. */
const anyText = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.string({ unit: 'grapheme-composite' }),
	fc.string({ unit: 'binary' }),
	fc.string({ unit: 'binary-ascii' }),
	fc.string({
		unit: fc.oneof(fc.constantFrom("'", '’', 'ʼ', '-', '.', ' ', '\u200d'), loneSurrogate)
	}),
	fc.string({ unit: fc.constantFrom('0', '1', '9', ' ', '+', '-', '(', ')', '.', '00') }),
	fc.constantFrom('', ' ', '\u0000', '<script>', 'NaN', 'Infinity', '-0', '1e3', '__proto__'),
	fc.integer({ min: -50, max: 3000 }).map(String)
);

function expectWellFormed(result: Validation<unknown>): void {
	expect(typeof result.ok).toBe('boolean');
	if (result.ok) {
		expect(result).toHaveProperty('value');
		return;
	}
	const values = Object.values(result.errors);
	expect(values.length).toBeGreaterThan(0);
	for (const key of values) expect(knownKeys).toContain(key);
}

const runs = { numRuns: 300 };

describe('every validator, for any input', () => {
	it('validateGroupSize never throws and answers with known keys', () => {
		fc.assert(
			fc.property(anyText, (group_size) => {
				const result = validateGroupSize({ group_size });
				expectWellFormed(result);
				if (result.ok) expect(Number.isInteger(result.value)).toBe(true);
			}),
			runs
		);
	});

	it('validateFullName never throws and answers with known keys', () => {
		fc.assert(
			fc.property(anyText, (full_name) => expectWellFormed(validateFullName({ full_name }))),
			runs
		);
	});

	it('validateDateOfBirth never throws and answers with known keys', () => {
		fc.assert(
			fc.property(anyText, anyText, anyText, (day, month, year) => {
				const result = validateDateOfBirth(
					{ 'dob-day': day, 'dob-month': month, 'dob-year': year },
					today
				);
				expectWellFormed(result);
				if (result.ok) {
					expect(result.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					expect(result.value <= today).toBe(true);
				} else {
					for (const field of Object.keys(result.errors)) {
						expect(['dob-day', 'dob-month', 'dob-year']).toContain(field);
					}
				}
			}),
			runs
		);
	});

	it('validateNationality never throws and answers with known keys', () => {
		fc.assert(
			fc.property(anyText, (nationality) => expectWellFormed(validateNationality({ nationality }))),
			runs
		);
	});

	it('validatePhone never throws and answers with known keys', () => {
		fc.assert(
			fc.property(anyText, (phone) => {
				const result = validatePhone({ phone });
				expectWellFormed(result);
				if (result.ok && result.value !== null) expect(result.value).toMatch(/^\+\d{6,15}$/);
			}),
			runs
		);
	});

	it('validateUsAddress never throws and answers with known keys', () => {
		fc.assert(
			fc.property(anyText, anyText, anyText, anyText, anyText, (l1, l2, city, state, zip) => {
				expectWellFormed(
					validateUsAddress({
						address_line1: l1,
						address_line2: l2,
						address_city: city,
						address_state: state,
						address_zip: zip
					})
				);
			}),
			runs
		);
	});

	it('validatePortChoices never throws and answers with known keys', () => {
		const portText = fc.oneof(anyText, fc.constantFrom('', ...ports));
		fc.assert(
			fc.property(portText, portText, portText, (port_1, port_2, port_3) => {
				const result = validatePortChoices({ port_1, port_2, port_3 }, ports);
				expectWellFormed(result);
				if (result.ok) {
					expect(new Set(result.value).size).toBe(result.value.length);
					for (const id of result.value) expect(ports).toContain(id);
				}
			}),
			runs
		);
	});

	it('validateTravelDate never throws and answers with known keys', () => {
		fc.assert(
			fc.property(anyText, anyText, anyText, (day, month, year) => {
				expectWellFormed(
					validateTravelDate(
						{ 'travel-day': day, 'travel-month': month, 'travel-year': year },
						today
					)
				);
			}),
			runs
		);
	});

	it('validateSignIn never throws and answers with known keys', () => {
		fc.assert(
			fc.property(anyText, anyText, (code, pin) => expectWellFormed(validateSignIn({ code, pin }))),
			runs
		);
	});

	it('readFields never throws and always gives capped strings', () => {
		// The field names are the app's own constants; only the values come from outside.
		const names = ['full_name', 'phone', 'dob-day', 'address_zip', 'port_1'] as const;
		const value = fc.oneof(
			anyText.map((text) => ({ text })),
			anyText.map((text) => ({ file: new File([text], 'upload.bin') })),
			fc.nat(2000).map((n) => ({ text: 'x'.repeat(n) }))
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom(...names), value)), (entries) => {
				const form = new FormData();
				for (const [name, v] of entries) {
					if ('file' in v) form.append(name, v.file);
					else form.append(name, v.text);
				}
				const fields = readFields(form, names);
				for (const name of names) {
					expect(typeof fields[name]).toBe('string');
					expect(fields[name].length).toBeLessThanOrEqual(maxFieldLength);
				}
			}),
			runs
		);
	});
});

describe('a valid full name', () => {
	it('never contains markup characters or digits, whatever was typed', () => {
		const nameLike = fc.oneof(
			anyText,
			fc.tuple(fc.constantFrom('Ana', 'Tz’unun', '王', 'محمد'), anyText).map(([a, b]) => a + b)
		);
		fc.assert(
			fc.property(nameLike, (full_name) => {
				const result = validateFullName({ full_name });
				if (result.ok) {
					expect(result.value).not.toMatch(/[<>\p{Nd}]/u);
					expect(result.value.length).toBeGreaterThan(0);
					expect(result.value.length).toBeLessThanOrEqual(100);
				}
			}),
			{ numRuns: 1000 }
		);
	});
});
