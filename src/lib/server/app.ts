/**
 * The running server's database: opened, migrated and seeded once per process.
 * Route code asks `appDb()`; domain modules receive `db` as an argument.
 */
import { openDatabase, type Db } from './db';
import { seedDatabase } from './db/seed';
import { purgeDrafts } from './booking/registration-drafts';
import { deleteExpiredSessions } from './auth/applicant-sessions';
import { config } from './config';

let db: Db | undefined;

export function appDb(): Db {
	if (!db) {
		db = openDatabase(config.databaseUrl);
		seedDatabase(db);
	}
	return db;
}

/** Hourly housekeeping: expired sessions, abandoned drafts, PINs shown long ago. */
export function startHousekeeping(): void {
	const sweep = () => {
		const now = Date.now();
		purgeDrafts(appDb(), now);
		deleteExpiredSessions(appDb(), now);
	};
	sweep();
	setInterval(sweep, 60 * 60_000).unref();
}
