/** Settings read from the environment once, with the defaults documented in the README. */
import { dirname, join, resolve } from 'node:path';

const databaseUrl = process.env.DATABASE_URL ?? './data/turno.db';
const databaseFile = databaseUrl.startsWith('file:') ? databaseUrl.slice(5) : databaseUrl;

export const config = {
	databaseUrl,
	/** Keys live beside the database file, never inside it (a leaked backup opens nothing). */
	keyDir: process.env.TURNO_KEY_DIR ?? join(dirname(resolve(databaseFile)), 'keys'),
	/** Human recordings uploaded by admins, beside the database (files are named by content hash). */
	recordingsDir:
		process.env.TURNO_RECORDINGS_DIR ?? join(dirname(resolve(databaseFile)), 'recordings'),
	/** The allocation's time zone and daily cutoff (requests are accepted all day). */
	allocationTimeZone: process.env.ALLOCATION_TIMEZONE ?? 'America/Chicago',
	allocationCutoff: process.env.ALLOCATION_CUTOFF ?? '23:00',
	/** Share of seats given by seniority before the lottery (0 to 1). */
	seniorityShare: Number(process.env.ALLOCATION_SENIORITY_SHARE ?? 0.5),
	/** How many days ahead appointments are offered. */
	horizonDays: Number(process.env.ALLOCATION_HORIZON_DAYS ?? 14),
	/** How long a person has to confirm an offer. */
	confirmHours: Number(process.env.OFFER_CONFIRM_HOURS ?? 23),
	/** The equity report warns when a group's offer rate strays this far (×) from the overall rate. */
	equityMaxRatio: Number(process.env.EQUITY_MAX_RATIO ?? 1.5),
	/**
	 * People's data is purged this many whole days after their last appointment day, or — never
	 * given an appointment — after their last use (docs/ARCHITECTURE.md, "Retention of personal
	 * data"). Checked by retention/rule.ts before anything is deleted.
	 */
	retentionDaysAfterAppointment: Number(process.env.RETENTION_DAYS_AFTER_APPOINTMENT ?? 90),
	retentionDaysInactive: Number(process.env.RETENTION_DAYS_INACTIVE ?? 365),
	/** Whether this process runs the daily allocation itself (the CLI can run it instead). */
	scheduler: process.env.ALLOCATION_SCHEDULER !== 'off',
	/**
	 * Of several server processes (TURNO_PROCESSES), the first one, which runs the scheduler and
	 * the housekeeping. The database's claims would keep a second scheduler from running an
	 * allocation twice; one ticking scheduler also saves the others the work.
	 */
	leadProcess: (process.env.TURNO_WORKER_INDEX ?? '0') === '0',
	/** A kiosk asks "Are you still here?" after this long without a touch, then counts down. */
	kioskIdleSeconds: Number(process.env.KIOSK_IDLE_SECONDS ?? 90),
	kioskCountdownSeconds: Number(process.env.KIOSK_COUNTDOWN_SECONDS ?? 30),
	/** The first administrator's sign-in, made (with a random password) when there is no staff. */
	firstAdminEmail: process.env.TURNO_ADMIN_EMAIL ?? 'admin@turno.localhost'
};
