/** Dates and times written the way the person's language writes them. */
import { dateTimeFormat } from './intl-formats';

export function formatIsoDate(iso: string, locale: string): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
		Date.UTC(y, m - 1, d)
	);
}

export function formatInstantDate(instant: number, locale: string, timeZone: string): string {
	return dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(instant);
}

export function formatInstantTime(instant: number, locale: string, timeZone: string): string {
	return dateTimeFormat(locale, {
		hour: 'numeric',
		minute: '2-digit',
		timeZone,
		timeZoneName: 'short'
	}).format(instant);
}

/** Weekday names, Sunday first, in the locale's own words. */
export function weekdayNames(locale: string): string[] {
	const format = dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
	// 2023-01-01 was a Sunday.
	return Array.from({ length: 7 }, (_, d) => format.format(Date.UTC(2023, 0, 1 + d)));
}
