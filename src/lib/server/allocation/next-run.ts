/** The next allocation, written for a person in their language. */
import type { Db } from '../db';
import { config } from '../config';
import { allocationSettings } from './settings';
import { formatInstantDate, formatInstantTime } from '$lib/format';
import { nextAllocationRun } from './schedule';

export function nextRunText(db: Db, now: number, locale: string): { date: string; time: string } {
	const cutoff = allocationSettings(db).cutoff;
	const run = nextAllocationRun(now, cutoff, config.allocationTimeZone);
	return {
		date: formatInstantDate(run, locale, config.allocationTimeZone),
		time: formatInstantTime(run, locale, config.allocationTimeZone)
	};
}
