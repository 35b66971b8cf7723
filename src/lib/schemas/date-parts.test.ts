import { describe, expect, it } from 'vitest';
import {
	addDays,
	dateProblemKey,
	daysInMonth,
	isoToParts,
	pad2,
	parseDateParts
} from './date-parts';

describe('parseDateParts', () => {
	it('turns three boxes into an ISO date', () => {
		expect(parseDateParts({ day: '5', month: '9', year: '2025' })).toEqual({
			ok: true,
			iso: '2025-09-05'
		});
		expect(parseDateParts({ day: '05', month: '09', year: '2025' })).toEqual({
			ok: true,
			iso: '2025-09-05'
		});
		expect(parseDateParts({ day: ' 31 ', month: ' 12 ', year: ' 1999 ' })).toEqual({
			ok: true,
			iso: '1999-12-31'
		});
	});

	it('reports the first problem and the box it belongs to', () => {
		expect(parseDateParts({ day: '', month: '', year: '' })).toEqual({
			ok: false,
			problem: 'required',
			field: 'day'
		});
		expect(parseDateParts({ day: '', month: '1', year: '2025' })).toEqual({
			ok: false,
			problem: 'day_missing',
			field: 'day'
		});
		expect(parseDateParts({ day: '1', month: '', year: '2025' })).toEqual({
			ok: false,
			problem: 'month_missing',
			field: 'month'
		});
		expect(parseDateParts({ day: '1', month: '1', year: '' })).toEqual({
			ok: false,
			problem: 'year_missing',
			field: 'year'
		});
	});

	it('refuses what is not a calendar date', () => {
		const notReal: [string, string, string, 'day' | 'month' | 'year'][] = [
			['1.5', '1', '2025', 'day'],
			['123', '1', '2025', 'day'],
			['1', 'Jan', '2025', 'month'],
			['1', '1', '25', 'year'],
			['1', '1', '20255', 'year'],
			['1', '0', '2025', 'month'],
			['1', '13', '2025', 'month'],
			['0', '1', '2025', 'day'],
			['31', '11', '2025', 'day'],
			['29', '2', '2025', 'day'],
			['30', '2', '2024', 'day'],
			['-1', '1', '2025', 'day']
		];
		for (const [day, month, year, field] of notReal) {
			expect(parseDateParts({ day, month, year }), `${day}/${month}/${year}`).toEqual({
				ok: false,
				problem: 'not_real',
				field
			});
		}
	});

	it('knows leap years', () => {
		expect(parseDateParts({ day: '29', month: '2', year: '2024' })).toEqual({
			ok: true,
			iso: '2024-02-29'
		});
		expect(parseDateParts({ day: '29', month: '2', year: '2000' })).toMatchObject({ ok: true });
		expect(parseDateParts({ day: '29', month: '2', year: '2100' })).toMatchObject({ ok: false });
	});
});

describe('daysInMonth and pad2', () => {
	it('count the days of each month', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
			31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
		]);
		expect(daysInMonth(2024, 2)).toBe(29);
	});

	it('pad to two digits', () => {
		expect(pad2(3)).toBe('03');
		expect(pad2(12)).toBe('12');
	});
});

describe('addDays', () => {
	it('adds within a month', () => {
		expect(addDays('2025-06-15', 1)).toBe('2025-06-16');
		expect(addDays('2025-06-15', 0)).toBe('2025-06-15');
	});

	it('crosses month and year ends', () => {
		expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
		expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
		expect(addDays('2025-12-20', 365)).toBe('2026-12-20');
		expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
	});

	it('goes backwards too', () => {
		expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
		expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
	});

	it('is not moved by daylight saving changes', () => {
		// The U.S. clocks change on these days; calendar arithmetic must not notice.
		expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
		expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
		expect(addDays('2025-11-01', 2)).toBe('2025-11-03');
	});
});

describe('isoToParts', () => {
	it('splits a date into boxes without leading zeros', () => {
		expect(isoToParts('2025-03-07')).toEqual({ day: '7', month: '3', year: '2025' });
	});

	it('gives empty boxes for no date', () => {
		expect(isoToParts(undefined)).toEqual({ day: '', month: '', year: '' });
		expect(isoToParts('')).toEqual({ day: '', month: '', year: '' });
	});

	it('round-trips through parseDateParts', () => {
		for (const iso of ['2025-03-07', '1999-12-31', '2024-02-29', '1905-01-01', '2025-10-10']) {
			expect(parseDateParts(isoToParts(iso))).toEqual({ ok: true, iso });
		}
		let iso = '2023-12-25';
		for (let i = 0; i < 800; i++) {
			expect(parseDateParts(isoToParts(iso))).toEqual({ ok: true, iso });
			iso = addDays(iso, 1);
		}
	});
});

describe('dateProblemKey', () => {
	it('names the message for the question and problem', () => {
		expect(dateProblemKey('dob', 'month_missing')).toBe('error_dob_month_missing');
		expect(dateProblemKey('travel_date', 'not_real')).toBe('error_travel_date_not_real');
	});
});
