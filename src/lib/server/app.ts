/**
 * The running server's database: opened, migrated and seeded once per process.
 * Route code asks `appDb()`; domain modules receive `db` as an argument.
 */
import { openDatabase, type Db } from './db';
import { seedDatabase } from './db/seed';
import { purgeDrafts } from './booking/registration-drafts';
import { deleteExpiredSessions } from './auth/applicant-sessions';
import { purgeReceipts } from './submissions/receipts';
import { createFirstAdmin } from './staff/staff-users';
import { deleteExpiredStaffSessions } from './staff/staff-sessions';
import { config } from './config';
import { schedulerTick } from './allocation/scheduler';
import { scheduleFullPass, workJobs } from './jobs/worker';
import { purgeJobs } from './jobs/queue';
import { scheduleRetention } from './retention/job';
import { runSettings, scheduleOf } from './allocation/settings';
import { loadOrCreateTicketKeys, type TicketKeys } from './tickets/ticket-keys';

let db: Db | undefined;

export function appDb(): Db {
	if (!db) {
		db = openDatabase(config.databaseUrl);
		seedDatabase(db);
	}
	return db;
}

/** Hourly housekeeping: expired sessions, abandoned drafts, PINs shown long ago, old receipts. */
export function startHousekeeping(): void {
	if (!config.leadProcess) return;
	const sweep = () => {
		const now = Date.now();
		purgeDrafts(appDb(), now);
		deleteExpiredSessions(appDb(), now);
		purgeReceipts(appDb(), now);
		deleteExpiredStaffSessions(appDb(), now);
		purgeJobs(appDb(), now);
	};
	sweep();
	setInterval(sweep, 60 * 60_000).unref();
}

/** The allocation scheduler: a tick a minute (see allocation/scheduler.ts). */
export function startScheduler(): void {
	if (!config.scheduler || !config.leadProcess) return;
	const tick = () => {
		try {
			// Settings are read at each tick: an administrator's change applies to the next run.
			const db = appDb();
			const ran = schedulerTick(db, scheduleOf(db), runSettings(db), Date.now());
			if (ran) console.log(`allocation run for ${ran} done`);
		} catch (error) {
			console.error(`allocation scheduler: ${error instanceof Error ? error.message : error}`);
		}
	};
	tick();
	setInterval(tick, 60_000).unref();
}

/** The job queue: every two seconds, this process takes what is due (see jobs/worker.ts). */
export function startJobs(): void {
	const claimant = `pid:${process.pid}`;
	scheduleFullPass(appDb(), Date.now());
	scheduleRetention(appDb(), Date.now());
	const tick = () => {
		try {
			workJobs(appDb(), claimant, Date.now());
		} catch (error) {
			console.error(`jobs: ${error instanceof Error ? error.message : error}`);
		}
	};
	setInterval(tick, 2_000).unref();
}

/**
 * On a first start, an administrator with a random password, printed once here: there is no
 * default password to forget to change.
 */
export async function announceFirstAdmin(): Promise<void> {
	if (!config.leadProcess) return;
	const made = await createFirstAdmin(appDb(), config.firstAdminEmail, Date.now());
	if (!made) return;
	console.log(
		[
			'',
			'First start: an administrator account was created.',
			`  email:    ${made.email}`,
			`  password: ${made.password}`,
			'Shown only this once. Sign in at /staff/sign-in and choose your own password.',
			''
		].join('\n')
	);
}

let ticketKeys: TicketKeys | undefined;

/** The ticket signing key, made on first use and kept in the key directory. */
export function appTicketKeys(): TicketKeys {
	ticketKeys ??= loadOrCreateTicketKeys(config.keyDir);
	return ticketKeys;
}
