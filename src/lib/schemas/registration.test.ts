import { describe, expect, it } from 'vitest';
import {
	maxGroupSize,
	maxNameLength,
	validateDateOfBirth,
	validateFullName,
	validateGroupSize,
	validateNationality,
	validatePhone,
	validateUsAddress
} from './registration';

const today = '2025-06-15';

function dob(day: string, month: string, year: string, todayIso = today) {
	return validateDateOfBirth({ 'dob-day': day, 'dob-month': month, 'dob-year': year }, todayIso);
}

function address(
	parts: Partial<{ line1: string; line2: string; city: string; state: string; zip: string }>
) {
	return validateUsAddress({
		address_line1: parts.line1 ?? '',
		address_line2: parts.line2 ?? '',
		address_city: parts.city ?? '',
		address_state: parts.state ?? '',
		address_zip: parts.zip ?? ''
	});
}

describe('validateGroupSize', () => {
	it('accepts every size from 1 to the maximum', () => {
		for (let n = 1; n <= maxGroupSize; n++) {
			expect(validateGroupSize({ group_size: String(n) })).toEqual({ ok: true, value: n });
		}
	});

	it('reads the number around spaces', () => {
		expect(validateGroupSize({ group_size: '  3 ' })).toEqual({ ok: true, value: 3 });
	});

	it('needs an answer', () => {
		expect(validateGroupSize({ group_size: '' })).toEqual({
			ok: false,
			errors: { group_size: 'error_group_size_required' }
		});
		expect(validateGroupSize({ group_size: '   ' })).toEqual({
			ok: false,
			errors: { group_size: 'error_group_size_required' }
		});
	});

	it('needs a whole number', () => {
		for (const text of ['two', '2.5', '-1', '1e1', '3 people', '0x3', '1234']) {
			expect(validateGroupSize({ group_size: text }), text).toEqual({
				ok: false,
				errors: { group_size: 'error_group_size_number' }
			});
		}
	});

	it('refuses sizes outside 1 to the maximum', () => {
		for (const text of ['0', '00', String(maxGroupSize + 1), '999']) {
			expect(validateGroupSize({ group_size: text }), text).toEqual({
				ok: false,
				errors: { group_size: 'error_group_size_range' }
			});
		}
	});
});

describe('validateFullName', () => {
	const names = [
		"Ixchel K'iche'",
		"Tz'unun",
		'Tz’unun',
		'Tzʼunun',
		'José María Pérez-López',
		'Nguyễn Văn An',
		'محمد عبد الله',
		'Жанна Петрова',
		'王小明',
		'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ',
		'Jean-Baptiste Désir',
		"O'Brien",
		'Martin Luther King Jr.',
		'Αλέξανδρος Παπαδόπουλος',
		'שרה כהן',
		'김민준',
		'ሰላም ተስፋዬ',
		'अनिल कुमार',
		'Marcel·lí Puig',
		'ジョン・スミス',
		'زهرا محمدی\u200cنژاد'
	];

	it.each(names)('accepts %s as it is written', (name) => {
		expect(validateFullName({ full_name: name })).toEqual({ ok: true, value: name });
	});

	it('tidies spaces and line breaks', () => {
		expect(validateFullName({ full_name: '  Ana \t María\n López  ' })).toEqual({
			ok: true,
			value: 'Ana María López'
		});
	});

	it('stores names in one Unicode form whatever the keyboard sent', () => {
		const decomposed = 'Jose\u0301 Pe\u0301rez';
		const result = validateFullName({ full_name: decomposed });
		expect(result).toEqual({ ok: true, value: 'José Pérez' });
	});

	it('needs a name', () => {
		for (const empty of ['', '   ', '\n\t']) {
			expect(validateFullName({ full_name: empty })).toEqual({
				ok: false,
				errors: { full_name: 'error_name_required' }
			});
		}
	});

	it('accepts names up to the maximum length and refuses longer ones', () => {
		const longest = 'a'.repeat(maxNameLength);
		expect(validateFullName({ full_name: longest })).toEqual({ ok: true, value: longest });
		expect(validateFullName({ full_name: 'a'.repeat(101) })).toEqual({
			ok: false,
			errors: { full_name: 'error_name_too_long' }
		});
	});

	it('refuses digits, markup and symbols', () => {
		for (const name of [
			'Ana 2',
			'R2D2',
			'<script>alert(1)</script>',
			'Ana <b>',
			'ana@example.com',
			'Ana; DROP TABLE person',
			'Ana_Maria',
			'١٢٣',
			'- Ana',
			'.',
			"'"
		]) {
			expect(validateFullName({ full_name: name }), name).toEqual({
				ok: false,
				errors: { full_name: 'error_name_characters' }
			});
		}
	});
});

describe('validateDateOfBirth', () => {
	it('accepts a real past date and returns it as YYYY-MM-DD', () => {
		expect(dob('7', '3', '1990')).toEqual({ ok: true, value: '1990-03-07' });
		expect(dob('07', '03', '1990')).toEqual({ ok: true, value: '1990-03-07' });
		expect(dob(' 31 ', ' 12 ', ' 1985 ')).toEqual({ ok: true, value: '1985-12-31' });
	});

	it('knows 29 February only exists in leap years', () => {
		expect(dob('29', '2', '2024')).toEqual({ ok: true, value: '2024-02-29' });
		expect(dob('29', '2', '2000')).toEqual({ ok: true, value: '2000-02-29' });
		expect(dob('29', '2', '2023')).toEqual({
			ok: false,
			errors: { 'dob-day': 'error_dob_not_real' }
		});
		expect(dob('29', '2', '1900')).toEqual({
			ok: false,
			errors: { 'dob-day': 'error_dob_not_real' }
		});
	});

	it('refuses days a month does not have', () => {
		expect(dob('31', '4', '2000')).toEqual({
			ok: false,
			errors: { 'dob-day': 'error_dob_not_real' }
		});
		expect(dob('0', '4', '2000')).toEqual({
			ok: false,
			errors: { 'dob-day': 'error_dob_not_real' }
		});
		expect(dob('32', '1', '2000')).toEqual({
			ok: false,
			errors: { 'dob-day': 'error_dob_not_real' }
		});
	});

	it('puts a wrong month or year on its own box', () => {
		expect(dob('1', '13', '2000')).toEqual({
			ok: false,
			errors: { 'dob-month': 'error_dob_not_real' }
		});
		expect(dob('1', '0', '2000')).toEqual({
			ok: false,
			errors: { 'dob-month': 'error_dob_not_real' }
		});
		expect(dob('1', 'May', '2000')).toEqual({
			ok: false,
			errors: { 'dob-month': 'error_dob_not_real' }
		});
		expect(dob('1', '5', '90')).toEqual({
			ok: false,
			errors: { 'dob-year': 'error_dob_not_real' }
		});
		expect(dob('x', '5', '1990')).toEqual({
			ok: false,
			errors: { 'dob-day': 'error_dob_not_real' }
		});
	});

	it('asks for the date when all boxes are empty', () => {
		expect(dob('', '', '')).toEqual({ ok: false, errors: { 'dob-day': 'error_dob_required' } });
		expect(dob(' ', ' ', ' ')).toEqual({ ok: false, errors: { 'dob-day': 'error_dob_required' } });
	});

	it('puts a missing part on the missing box', () => {
		expect(dob('', '5', '1990')).toEqual({
			ok: false,
			errors: { 'dob-day': 'error_dob_day_missing' }
		});
		expect(dob('1', '', '1990')).toEqual({
			ok: false,
			errors: { 'dob-month': 'error_dob_month_missing' }
		});
		expect(dob('1', '5', '')).toEqual({
			ok: false,
			errors: { 'dob-year': 'error_dob_year_missing' }
		});
	});

	it('accepts today and refuses the future', () => {
		expect(dob('15', '6', '2025')).toEqual({ ok: true, value: today });
		expect(dob('16', '6', '2025')).toEqual({
			ok: false,
			errors: { 'dob-day': 'error_dob_future' }
		});
		expect(dob('1', '1', '2030')).toEqual({ ok: false, errors: { 'dob-day': 'error_dob_future' } });
	});

	it('accepts someone exactly 120 years old, not older', () => {
		expect(dob('15', '6', '1905')).toEqual({ ok: true, value: '1905-06-15' });
		expect(dob('14', '6', '1905')).toEqual({
			ok: false,
			errors: { 'dob-year': 'error_dob_too_old' }
		});
		expect(dob('1', '1', '1800')).toEqual({
			ok: false,
			errors: { 'dob-year': 'error_dob_too_old' }
		});
	});
});

describe('validateNationality', () => {
	it('accepts a known country code and the stateless code', () => {
		expect(validateNationality({ nationality: 'MX' })).toEqual({ ok: true, value: 'MX' });
		expect(validateNationality({ nationality: 'HT' })).toEqual({ ok: true, value: 'HT' });
		expect(validateNationality({ nationality: 'XX' })).toEqual({ ok: true, value: 'XX' });
		expect(validateNationality({ nationality: ' VE ' })).toEqual({ ok: true, value: 'VE' });
	});

	it('refuses an empty or unknown answer', () => {
		for (const code of ['', '  ', 'ZZ', 'Mexico', 'MEX', '<script>']) {
			expect(validateNationality({ nationality: code }), code).toEqual({
				ok: false,
				errors: { nationality: 'error_nationality_required' }
			});
		}
	});
});

describe('validatePhone', () => {
	it('is optional: nothing typed means no phone', () => {
		expect(validatePhone({ phone: '' })).toEqual({ ok: true, value: null });
		expect(validatePhone({ phone: '   ' })).toEqual({ ok: true, value: null });
	});

	it('stores a number with its country code in E.164', () => {
		expect(validatePhone({ phone: '+52 664 123 4567' })).toEqual({
			ok: true,
			value: '+526641234567'
		});
		expect(validatePhone({ phone: '+52 (664) 123-4567' })).toEqual({
			ok: true,
			value: '+526641234567'
		});
	});

	it('reads the 00 international prefix and a missing plus', () => {
		expect(validatePhone({ phone: '0052 664 123 4567' })).toEqual({
			ok: true,
			value: '+526641234567'
		});
		expect(validatePhone({ phone: '52 664 123 4567' })).toEqual({
			ok: true,
			value: '+526641234567'
		});
	});

	it('accepts U.S. numbers', () => {
		expect(validatePhone({ phone: '+1 202 456 1111' })).toEqual({
			ok: true,
			value: '+12024561111'
		});
	});

	it('refuses letters, short numbers and numbers that cannot exist', () => {
		for (const phone of [
			'+52 664 ABC 4567',
			'call me',
			'+52 664',
			'12',
			'+',
			'+52 664 123 4567 ext 5',
			'+999 123 456 789',
			'+1 000 000 0000',
			'<script>'
		]) {
			expect(validatePhone({ phone }), phone).toEqual({
				ok: false,
				errors: { phone: 'error_phone_invalid' }
			});
		}
	});
});

describe('validateUsAddress', () => {
	const full = {
		line1: '100 N Stanton St',
		line2: 'Apt 4',
		city: 'El Paso',
		state: 'TX',
		zip: '79901'
	};

	it('is optional: all empty means no address', () => {
		expect(address({})).toEqual({ ok: true, value: null });
		expect(address({ line1: ' ', city: '  ', state: '', zip: '\t' })).toEqual({
			ok: true,
			value: null
		});
	});

	it('accepts a complete address', () => {
		expect(address(full)).toEqual({ ok: true, value: full });
	});

	it('does not need the second line', () => {
		expect(address({ ...full, line2: '' })).toEqual({ ok: true, value: { ...full, line2: '' } });
	});

	it('accepts a state code in lower case, stored in capitals', () => {
		expect(address({ ...full, state: 'tx' })).toEqual({ ok: true, value: full });
		expect(address({ ...full, state: ' ca ' })).toEqual({
			ok: true,
			value: { ...full, state: 'CA' }
		});
	});

	it('accepts territories and the District of Columbia', () => {
		for (const state of ['DC', 'PR', 'GU']) {
			expect(address({ ...full, state }), state).toMatchObject({ ok: true });
		}
	});

	it('refuses a state it does not know', () => {
		for (const state of ['ZZ', 'Texas', 'T', 'MX']) {
			expect(address({ ...full, state }), state).toEqual({
				ok: false,
				errors: { address_state: 'error_address_state_required' }
			});
		}
	});

	it('accepts ZIP codes of 5 digits or 5+4 digits', () => {
		expect(address({ ...full, zip: '79901-1234' })).toEqual({
			ok: true,
			value: { ...full, zip: '79901-1234' }
		});
		for (const zip of ['7990', '799011', '799011234', '79901-123', 'ABCDE', '79901 1234']) {
			expect(address({ ...full, zip }), zip).toEqual({
				ok: false,
				errors: { address_zip: 'error_address_zip_invalid' }
			});
		}
	});

	it('names every missing part once the address is started', () => {
		expect(address({ city: 'Laredo' })).toEqual({
			ok: false,
			errors: {
				address_line1: 'error_address_line1_required',
				address_state: 'error_address_state_required',
				address_zip: 'error_address_zip_invalid'
			}
		});
		expect(address({ line2: 'Apt 4' })).toEqual({
			ok: false,
			errors: {
				address_line1: 'error_address_line1_required',
				address_city: 'error_address_city_required',
				address_state: 'error_address_state_required',
				address_zip: 'error_address_zip_invalid'
			}
		});
		expect(address({ ...full, city: '' })).toEqual({
			ok: false,
			errors: { address_city: 'error_address_city_required' }
		});
	});

	it('refuses parts that are too long', () => {
		expect(address({ ...full, line1: 'a'.repeat(121) })).toEqual({
			ok: false,
			errors: { address_line1: 'error_address_too_long' }
		});
		expect(address({ ...full, line1: 'a'.repeat(120) })).toMatchObject({ ok: true });
	});
});
