/** The next allocation, written for a person in their language. */
import { config } from '../config';
import { formatInstantDate, formatInstantTime } from '$lib/format';
import { nextAllocationRun } from './schedule';

export function nextRunText(now: number, locale: string): { date: string; time: string } {
	const run = nextAllocationRun(now, config.allocationCutoff, config.allocationTimeZone);
	return {
		date: formatInstantDate(run, locale, config.allocationTimeZone),
		time: formatInstantTime(run, locale, config.allocationTimeZone)
	};
}
