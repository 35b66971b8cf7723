/**
 * When the daily allocation runs: at the cutoff time in one configured time zone. Pure
 * functions of `now`, so tests can ask about any moment.
 */
import { dateTimeFormat } from '../../intl-formats';

/** The calendar date (YYYY-MM-DD) at `now` in a time zone. */
export function dateInZone(now: number, timeZone: string): string {
	const parts = dateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(now);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Minutes the zone is ahead of UTC at the given instant (negative in the Americas). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
	const parts = dateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	}).formatToParts(instant);
	const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
	return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant of a local date and time ("23:00") in a time zone, across DST changes. */
export function zonedInstant(dateIso: string, time: string, timeZone: string): number {
	const [y, m, d] = dateIso.split('-').map(Number) as [number, number, number];
	const [hh, mm] = time.split(':').map(Number) as [number, number];
	const naive = Date.UTC(y, m - 1, d, hh, mm);
	const first = naive - zoneOffsetMinutes(naive, timeZone) * 60_000;
	return naive - zoneOffsetMinutes(first, timeZone) * 60_000;
}

/** The next cutoff strictly after `now`. */
export function nextAllocationRun(now: number, cutoff: string, timeZone: string): number {
	const today = dateInZone(now, timeZone);
	const todayRun = zonedInstant(today, cutoff, timeZone);
	if (todayRun > now) return todayRun;
	const [y, m, d] = today.split('-').map(Number) as [number, number, number];
	const tomorrow = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
	return zonedInstant(tomorrow, cutoff, timeZone);
}

/** Whole days between two instants, never negative. */
export function daysWaited(since: number, now: number): number {
	return Math.max(0, Math.floor((now - since) / 86_400_000));
}
