import { describe, expect, it } from 'vitest';
import { maxTravelDaysAhead, validatePortChoices, validateTravelDate } from './request';

const ports = [
	'san-ysidro',
	'calexico',
	'nogales',
	'el-paso',
	'eagle-pass',
	'laredo',
	'hidalgo',
	'brownsville'
];

function choose(port_1: string, port_2 = '', port_3 = '') {
	return validatePortChoices({ port_1, port_2, port_3 }, ports);
}

const today = '2025-06-15';

function travel(day: string, month: string, year: string, todayIso = today) {
	return validateTravelDate(
		{ 'travel-day': day, 'travel-month': month, 'travel-year': year },
		todayIso
	);
}

describe('validatePortChoices', () => {
	it('accepts one, two or three distinct known ports, in the order given', () => {
		expect(choose('laredo')).toEqual({ ok: true, value: ['laredo'] });
		expect(choose('laredo', 'hidalgo')).toEqual({ ok: true, value: ['laredo', 'hidalgo'] });
		expect(choose('el-paso', 'san-ysidro', 'nogales')).toEqual({
			ok: true,
			value: ['el-paso', 'san-ysidro', 'nogales']
		});
	});

	it('ignores spaces around the ids', () => {
		expect(choose(' laredo ', ' hidalgo')).toEqual({ ok: true, value: ['laredo', 'hidalgo'] });
	});

	it('needs a first choice', () => {
		expect(choose('')).toEqual({ ok: false, errors: { port_1: 'error_ports_first_required' } });
		expect(choose('', 'laredo')).toEqual({
			ok: false,
			errors: { port_1: 'error_ports_first_required' }
		});
	});

	it('refuses a port it does not know, on the box that holds it', () => {
		expect(choose('tijuana')).toEqual({ ok: false, errors: { port_1: 'error_ports_unknown' } });
		expect(choose('laredo', 'LAREDO')).toEqual({
			ok: false,
			errors: { port_2: 'error_ports_unknown' }
		});
		expect(choose('laredo', 'hidalgo', 'del-rio')).toEqual({
			ok: false,
			errors: { port_3: 'error_ports_unknown' }
		});
	});

	it('refuses the same port twice, on the repeated choice', () => {
		expect(choose('laredo', 'laredo')).toEqual({
			ok: false,
			errors: { port_2: 'error_ports_duplicate' }
		});
		expect(choose('laredo', 'hidalgo', 'laredo')).toEqual({
			ok: false,
			errors: { port_3: 'error_ports_duplicate' }
		});
		expect(choose('laredo', 'hidalgo', 'hidalgo')).toEqual({
			ok: false,
			errors: { port_3: 'error_ports_duplicate' }
		});
	});

	it('refuses a third choice without a second', () => {
		expect(choose('laredo', '', 'hidalgo')).toEqual({
			ok: false,
			errors: { port_2: 'error_ports_gap' }
		});
	});
});

describe('validateTravelDate', () => {
	it('accepts today', () => {
		expect(travel('15', '6', '2025')).toEqual({ ok: true, value: today });
	});

	it('refuses a day already past', () => {
		expect(travel('14', '6', '2025')).toEqual({
			ok: false,
			errors: { 'travel-day': 'error_travel_date_past' }
		});
		expect(travel('1', '1', '2020')).toEqual({
			ok: false,
			errors: { 'travel-day': 'error_travel_date_past' }
		});
	});

	it('accepts dates up to a year ahead, not later', () => {
		expect(maxTravelDaysAhead).toBe(365);
		expect(travel('15', '6', '2026')).toEqual({ ok: true, value: '2026-06-15' });
		expect(travel('16', '6', '2026')).toEqual({
			ok: false,
			errors: { 'travel-year': 'error_travel_date_too_far' }
		});
		expect(travel('1', '1', '2030')).toEqual({
			ok: false,
			errors: { 'travel-year': 'error_travel_date_too_far' }
		});
	});

	it('counts the year ahead across a leap day', () => {
		// 2024 is a leap year: 365 days after 1 February 2024 is 31 January 2025.
		expect(travel('31', '1', '2025', '2024-02-01')).toEqual({ ok: true, value: '2025-01-31' });
		expect(travel('1', '2', '2025', '2024-02-01')).toEqual({
			ok: false,
			errors: { 'travel-year': 'error_travel_date_too_far' }
		});
	});

	it('refuses a date that does not exist', () => {
		expect(travel('31', '6', '2025')).toEqual({
			ok: false,
			errors: { 'travel-day': 'error_travel_date_not_real' }
		});
		expect(travel('29', '2', '2026', '2026-01-10')).toEqual({
			ok: false,
			errors: { 'travel-day': 'error_travel_date_not_real' }
		});
		expect(travel('1', '13', '2025')).toEqual({
			ok: false,
			errors: { 'travel-month': 'error_travel_date_not_real' }
		});
		expect(travel('1', '7', '25')).toEqual({
			ok: false,
			errors: { 'travel-year': 'error_travel_date_not_real' }
		});
	});

	it('asks for the date, or for the missing part on its own box', () => {
		expect(travel('', '', '')).toEqual({
			ok: false,
			errors: { 'travel-day': 'error_travel_date_required' }
		});
		expect(travel('', '7', '2025')).toEqual({
			ok: false,
			errors: { 'travel-day': 'error_travel_date_day_missing' }
		});
		expect(travel('1', '', '2025')).toEqual({
			ok: false,
			errors: { 'travel-month': 'error_travel_date_month_missing' }
		});
		expect(travel('1', '7', '')).toEqual({
			ok: false,
			errors: { 'travel-year': 'error_travel_date_year_missing' }
		});
	});
});
