import { describe, expect, it } from 'vitest';
import {
	cleanMultiline,
	isRealIsoDate,
	parseSlotTimes,
	portIdFromName,
	validateDatesChange,
	validatePort,
	validateRunDate,
	validateSettings,
	validateTemplate
} from './port-admin';

const port = { name: 'Eagle Pass', address: 'Bridge I', timezone: 'America/Chicago' };

describe('the port form', () => {
	it('accepts a port with instructions per language, keeping line breaks', () => {
		const result = validatePort(port, { es: 'Traiga\r\nsus papeles\u0007', en: '' });
		expect(result).toEqual({
			ok: true,
			value: { ...port, instructions: { es: 'Traiga\nsus papeles' } }
		});
	});
	it('refuses a missing name, an unknown time zone and instructions too long', () => {
		const result = validatePort(
			{ name: ' ', address: 'x'.repeat(201), timezone: 'Mars/Olympus' },
			{ fr: 'a'.repeat(501) }
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				name: 'port_name_required',
				address: 'port_address_too_long',
				timezone: 'port_timezone_invalid',
				instructions_fr: 'port_instructions_too_long'
			}
		});
	});
	it('makes ids from names in any script', () => {
		expect(portIdFromName('San Ysidro')).toBe('san-ysidro');
		expect(portIdFromName('Piedras Negras – Puente 2')).toBe('piedras-negras-puente-2');
		expect(portIdFromName('Ñuñoa')).toBe('nunoa');
		expect(portIdFromName('中文')).toBe('port');
	});
	it('cleans multi-line text without joining the lines', () => {
		expect(cleanMultiline('  one \n\n\n\n two\u200b ')).toBe('one\n\ntwo');
	});
});

describe('slot times and the weekly pattern', () => {
	it('reads times as people type them', () => {
		expect(parseSlotTimes('9:00, 08:00 08:00;10:30')).toEqual(['08:00', '09:00', '10:30']);
		expect(parseSlotTimes('')).toEqual([]);
		expect(parseSlotTimes('8am')).toBeNull();
		expect(parseSlotTimes('24:00')).toBeNull();
	});
	it('a day with times needs seats; an empty day is closed', () => {
		const fields: Record<string, string> = {
			times_1: '08:00 09:00',
			seats_1: '12',
			times_2: '08:00'
		};
		const result = validateTemplate(fields);
		expect(result).toEqual({ ok: false, errors: { seats_2: 'capacity_seats_invalid' } });
		fields.seats_2 = '0';
		const ok = validateTemplate(fields);
		expect(ok.ok && ok.value[1]).toEqual({ weekday: 1, times: ['08:00', '09:00'], seats: 12 });
		expect(ok.ok && ok.value[2]).toEqual({ weekday: 2, times: [], seats: 0 });
		expect(ok.ok && ok.value[0]).toEqual({ weekday: 0, times: [], seats: 0 });
	});
});

describe('changing dates', () => {
	const base = {
		from: '2026-12-21',
		to: '2026-12-27',
		times: '08:00 09:00',
		seats: '5',
		mode: 'set'
	};
	it('expands a range on the ticked weekdays only', () => {
		// 2026-12-21 is a Monday; Monday and Friday ticked.
		const result = validateDatesChange(base, ['1', '5'], '2026-12-01');
		expect(result).toEqual({
			ok: true,
			value: { dates: ['2026-12-21', '2026-12-25'], times: ['08:00', '09:00'], seats: 5 }
		});
	});
	it('one date when the last is empty; 0 seats closes it', () => {
		const result = validateDatesChange(
			{ ...base, to: '', seats: '0', times: '' },
			[],
			'2026-12-01'
		);
		expect(result).toEqual({ ok: true, value: { dates: ['2026-12-21'], times: [], seats: 0 } });
	});
	it('back to the pattern needs only the dates', () => {
		const result = validateDatesChange(
			{ ...base, times: 'x', seats: 'y', mode: 'pattern' },
			[],
			'2026-12-01'
		);
		expect(result.ok && result.value.times).toBeNull();
	});
	it('refuses past, unreal, backwards, too long and empty ranges', () => {
		const check = (fields: Partial<typeof base>, weekdays: string[] = []) => {
			const r = validateDatesChange({ ...base, ...fields }, weekdays, '2026-12-01');
			return r.ok ? null : r.errors;
		};
		expect(check({ from: '2026-11-30' })).toEqual({ from: 'capacity_date_past' });
		expect(check({ from: '2026-02-30' })).toEqual({ from: 'capacity_date_invalid' });
		expect(check({ to: '2026-12-20' })).toEqual({ to: 'capacity_range_backwards' });
		expect(check({ to: '2027-12-20' })).toEqual({ to: 'capacity_range_too_long' });
		// Only Sundays in Monday to Saturday.
		expect(check({ to: '2026-12-26' }, ['0'])).toEqual({ weekdays: 'capacity_no_dates' });
		expect(check({ times: '', seats: '4' })).toEqual({ times: 'capacity_times_invalid' });
		expect(check({ seats: '-1' })).toEqual({ seats: 'capacity_seats_invalid' });
	});
});

describe('allocation settings and run dates', () => {
	it('accepts sensible settings and refuses each out of range', () => {
		expect(
			validateSettings({ cutoff: '22:30', seniority: '40', confirm_hours: '23', horizon: '14' })
		).toEqual({
			ok: true,
			value: { cutoff: '22:30', seniorityPercent: 40, confirmHours: 23, horizonDays: 14 }
		});
		expect(
			validateSettings({ cutoff: '25:00', seniority: '101', confirm_hours: '1', horizon: '0' })
		).toEqual({
			ok: false,
			errors: {
				cutoff: 'settings_cutoff_invalid',
				seniority: 'settings_seniority_invalid',
				confirm_hours: 'settings_confirm_invalid',
				horizon: 'settings_horizon_invalid'
			}
		});
	});
	it('runs from yesterday to a week ahead', () => {
		expect(validateRunDate('2026-11-24', '2026-11-25')).toEqual({ ok: true, value: '2026-11-24' });
		expect(validateRunDate('2026-12-02', '2026-11-25').ok).toBe(true);
		expect(validateRunDate('2026-12-03', '2026-11-25')).toEqual({
			ok: false,
			errors: { date: 'run_date_out_of_range' }
		});
		expect(validateRunDate('2026-11-23', '2026-11-25').ok).toBe(false);
		expect(validateRunDate('yesterday', '2026-11-25')).toEqual({
			ok: false,
			errors: { date: 'run_date_invalid' }
		});
		expect(isRealIsoDate('2028-02-29')).toBe(true);
		expect(isRealIsoDate('2027-02-29')).toBe(false);
	});
});
