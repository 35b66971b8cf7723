/** Settings read from the environment once, with the defaults documented in the README. */
import { dirname, join, resolve } from 'node:path';

const databaseUrl = process.env.DATABASE_URL ?? './data/turno.db';
const databaseFile = databaseUrl.startsWith('file:') ? databaseUrl.slice(5) : databaseUrl;

/** A setting that must be a positive whole number: a typo stops the start, not the limits. */
function wholeNumber(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1) {
		throw new Error(`${name} must be a whole number of at least 1, not "${raw}"`);
	}
	return value;
}

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
	/**
	 * Registrations and requests allowed (docs/ARCHITECTURE.md, "Limits on registration and
	 * requests"). A network is an IPv4 /24 or IPv6 /48, so a shelter's Wi-Fi counts as one.
	 * A browser that ran the proof of work gets the larger allowance.
	 */
	registrationsPerNetworkHour: wholeNumber('REGISTRATIONS_PER_NETWORK_HOUR', 120),
	registrationsPerNetworkHourWithoutProof: wholeNumber(
		'REGISTRATIONS_PER_NETWORK_HOUR_WITHOUT_PROOF',
		20
	),
	registrationsPerKioskDay: wholeNumber('REGISTRATIONS_PER_KIOSK_DAY', 400),
	requestsPerAccountDay: wholeNumber('REQUESTS_PER_ACCOUNT_DAY', 6),
	requestsPerNetworkHour: wholeNumber('REQUESTS_PER_NETWORK_HOUR', 600),
	requestsPerKioskDay: wholeNumber('REQUESTS_PER_KIOSK_DAY', 400),
	/** The proof of work's largest counter: on average half as many SHA-256 hashes to find it. */
	proofOfWorkMaxCounter: wholeNumber('PROOF_OF_WORK_MAX_COUNTER', 40_000),
	/** A kiosk asks "Are you still here?" after this long without a touch, then counts down. */
	kioskIdleSeconds: Number(process.env.KIOSK_IDLE_SECONDS ?? 90),
	kioskCountdownSeconds: Number(process.env.KIOSK_COUNTDOWN_SECONDS ?? 30),
	/** The first administrator's sign-in, made (with a random password) when there is no staff. */
	firstAdminEmail: process.env.TURNO_ADMIN_EMAIL ?? 'admin@turno.localhost'
};
