/** Settings read from the environment once, with the defaults documented in the README. */
export const config = {
	databaseUrl: process.env.DATABASE_URL ?? './data/turno.db',
	/** The allocation's time zone and daily cutoff (requests are accepted all day). */
	allocationTimeZone: process.env.ALLOCATION_TIMEZONE ?? 'America/Chicago',
	allocationCutoff: process.env.ALLOCATION_CUTOFF ?? '23:00'
};
