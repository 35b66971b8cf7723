/**
 * The one place that opens the database. Everything else receives `db` as an argument,
 * so tests can hand each test file its own SQLite file.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Accepts a plain path or a `file:` URL, as DATABASE_URL may be either. */
export function databasePath(url: string): string {
	return url.startsWith('file:') ? url.slice('file:'.length) : url;
}

/**
 * Opens (creating if needed) a SQLite file in WAL mode and applies the committed migrations.
 *
 * `synchronous = FULL` makes every acknowledged commit durable even if the machine loses
 * power; NORMAL would survive a killed process but not an OS crash (docs/ARCHITECTURE.md).
 */
export function openDatabase(url: string, migrationsFolder = resolve('drizzle')): Db {
	const path = databasePath(url);
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma(`synchronous = ${process.env.SQLITE_SYNCHRONOUS === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	const db = drizzle(sqlite, { schema }) as Db;
	migrate(db, { migrationsFolder });
	return db;
}
