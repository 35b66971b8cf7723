import { describe, expect, it } from 'vitest';
import {
	dateInZone,
	daysWaited,
	nextAllocationRun,
	zoneOffsetMinutes,
	zonedInstant
} from './schedule';

const chicago = 'America/Chicago';
const utc = (iso: string) => Date.parse(iso);

describe('dateInZone', () => {
	it('gives the local calendar date, which can differ from the UTC date', () => {
		expect(dateInZone(utc('2025-01-16T03:00:00Z'), chicago)).toBe('2025-01-15');
		expect(dateInZone(utc('2025-01-16T06:00:00Z'), chicago)).toBe('2025-01-16');
		expect(dateInZone(utc('2025-01-16T03:00:00Z'), 'UTC')).toBe('2025-01-16');
		expect(dateInZone(utc('2025-01-15T20:00:00Z'), 'Asia/Tokyo')).toBe('2025-01-16');
	});

	it('pads months and days', () => {
		expect(dateInZone(utc('2025-03-05T12:00:00Z'), chicago)).toBe('2025-03-05');
	});
});

describe('zoneOffsetMinutes', () => {
	it('knows standard and daylight time in Chicago', () => {
		expect(zoneOffsetMinutes(utc('2025-01-15T12:00:00Z'), chicago)).toBe(-360);
		expect(zoneOffsetMinutes(utc('2025-07-15T12:00:00Z'), chicago)).toBe(-300);
		expect(zoneOffsetMinutes(utc('2025-07-15T12:00:00Z'), 'America/Phoenix')).toBe(-420);
		expect(zoneOffsetMinutes(utc('2025-07-15T12:00:00.999Z'), 'UTC')).toBe(0);
	});
});

describe('zonedInstant', () => {
	it('puts 23:00 in Chicago at 05:00 UTC in winter', () => {
		expect(zonedInstant('2025-01-15', '23:00', chicago)).toBe(utc('2025-01-16T05:00:00Z'));
	});

	it('puts 23:00 in Chicago at 04:00 UTC in summer', () => {
		expect(zonedInstant('2025-07-15', '23:00', chicago)).toBe(utc('2025-07-16T04:00:00Z'));
	});

	it('uses the new offset on the days the clocks change', () => {
		// 2025-03-09: clocks go forward at 02:00; 2025-11-02: back at 02:00.
		expect(zonedInstant('2025-03-09', '23:00', chicago)).toBe(utc('2025-03-10T04:00:00Z'));
		expect(zonedInstant('2025-03-08', '23:00', chicago)).toBe(utc('2025-03-09T05:00:00Z'));
		expect(zonedInstant('2025-11-02', '23:00', chicago)).toBe(utc('2025-11-03T05:00:00Z'));
		expect(zonedInstant('2025-11-01', '23:00', chicago)).toBe(utc('2025-11-02T04:00:00Z'));
	});

	it('handles times on either side of the change on the day itself', () => {
		expect(zonedInstant('2025-03-09', '01:00', chicago)).toBe(utc('2025-03-09T07:00:00Z'));
		expect(zonedInstant('2025-03-09', '03:00', chicago)).toBe(utc('2025-03-09T08:00:00Z'));
		expect(zonedInstant('2025-11-02', '03:00', chicago)).toBe(utc('2025-11-02T09:00:00Z'));
	});

	it('is the time it was asked for, read back in the zone', () => {
		const instant = zonedInstant('2025-03-09', '23:00', chicago);
		const local = new Intl.DateTimeFormat('en-GB', {
			timeZone: chicago,
			dateStyle: 'short',
			timeStyle: 'short'
		}).format(instant);
		expect(local).toBe('09/03/2025, 23:00');
	});

	it('works in UTC and zones without daylight time', () => {
		expect(zonedInstant('2025-07-15', '23:00', 'UTC')).toBe(utc('2025-07-15T23:00:00Z'));
		expect(zonedInstant('2025-07-15', '23:00', 'America/Phoenix')).toBe(
			utc('2025-07-16T06:00:00Z')
		);
	});
});

describe('nextAllocationRun', () => {
	it('is today at the cutoff when the cutoff has not passed', () => {
		expect(nextAllocationRun(utc('2025-01-15T18:00:00Z'), '23:00', chicago)).toBe(
			utc('2025-01-16T05:00:00Z')
		);
		// Just after local midnight: the day's run is still ahead.
		expect(nextAllocationRun(utc('2025-01-16T06:30:00Z'), '23:00', chicago)).toBe(
			utc('2025-01-17T05:00:00Z')
		);
	});

	it('is tomorrow at the cutoff once it has passed', () => {
		// 23:30 on 15 January in Chicago, but already 16 January in UTC.
		expect(nextAllocationRun(utc('2025-01-16T05:30:00Z'), '23:00', chicago)).toBe(
			utc('2025-01-17T05:00:00Z')
		);
	});

	it('is strictly after now: at the cutoff itself it is the next day', () => {
		expect(nextAllocationRun(utc('2025-01-16T05:00:00Z'), '23:00', chicago)).toBe(
			utc('2025-01-17T05:00:00Z')
		);
		expect(nextAllocationRun(utc('2025-01-16T04:59:59.999Z'), '23:00', chicago)).toBe(
			utc('2025-01-16T05:00:00Z')
		);
	});

	it('follows the clock change', () => {
		// After the 8 March run (05:00Z on the 9th), the next is 9 March 23:00 CDT.
		expect(nextAllocationRun(utc('2025-03-09T05:00:00Z'), '23:00', chicago)).toBe(
			utc('2025-03-10T04:00:00Z')
		);
		expect(nextAllocationRun(utc('2025-11-02T04:00:00Z'), '23:00', chicago)).toBe(
			utc('2025-11-03T05:00:00Z')
		);
	});

	it('crosses month and year ends', () => {
		expect(nextAllocationRun(utc('2026-01-01T05:30:00Z'), '23:00', chicago)).toBe(
			utc('2026-01-02T05:00:00Z')
		);
		expect(nextAllocationRun(utc('2025-02-28T12:00:00Z'), '06:00', 'UTC')).toBe(
			utc('2025-03-01T06:00:00Z')
		);
	});

	it('is always the next 23:00 in Chicago, within 25 hours', () => {
		const localTime = new Intl.DateTimeFormat('en-GB', { timeZone: chicago, timeStyle: 'short' });
		let now = utc('2025-01-01T00:17:00Z');
		// Every 3 h 7 min for over a year, so every hour of the day and both clock changes come up.
		for (let i = 0; i < 3_000; i++) {
			const run = nextAllocationRun(now, '23:00', chicago);
			expect(run).toBeGreaterThan(now);
			expect(run - now).toBeLessThanOrEqual(25 * 3_600_000);
			expect(localTime.format(run)).toBe('23:00');
			now += 187 * 60_000;
		}
	});
});

describe('daysWaited', () => {
	const since = utc('2025-01-15T10:00:00Z');

	it('counts whole days', () => {
		expect(daysWaited(since, since)).toBe(0);
		expect(daysWaited(since, since + 86_400_000 - 1)).toBe(0);
		expect(daysWaited(since, since + 86_400_000)).toBe(1);
		expect(daysWaited(since, utc('2025-02-14T10:00:00Z'))).toBe(30);
	});

	it('is never negative', () => {
		expect(daysWaited(since, since - 5 * 86_400_000)).toBe(0);
	});
});
