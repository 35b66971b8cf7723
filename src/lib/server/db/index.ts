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
	keepPreparedStatements(sqlite);
	const db = drizzle(sqlite, { schema }) as Db;
	takeWriteLockFirst(db);
	migrate(db, { migrationsFolder });
	return db;
}

/**
 * Makes BEGIN IMMEDIATE drizzle's default: every drizzle transaction here writes, and takes the
 * write lock at the start. A deferred transaction that reads and then writes cannot wait for
 * another process's write: SQLite answers "database is locked" at once instead of waiting out
 * busy_timeout (with TURNO_PROCESSES=2 the load bench got hundreds). A caller may still ask
 * for another behaviour.
 */
function takeWriteLockFirst(db: Db): void {
	const begin = db.transaction.bind(db);
	db.transaction = ((transaction, config) =>
		begin(transaction, { behavior: 'immediate', ...config })) as Db['transaction'];
}

/**
 * Keeps prepared statements by their SQL text. drizzle prepares every query anew, and for most
 * of Turno's queries SQLite's compiling costs more than running them; the same few hundred
 * texts (values are bound, never written into the SQL) come back on every page. A statement
 * still being iterated is not shared, and the output modes drizzle may switch on (raw rows)
 * are switched off before it is handed out again. better-sqlite3's own internal calls (with
 * more arguments) are not cached.
 */
function keepPreparedStatements(sqlite: Database.Database, size = 1000): void {
	const prepare = sqlite.prepare.bind(sqlite) as (...args: unknown[]) => Database.Statement;
	const kept = new Map<string, Database.Statement>();
	sqlite.prepare = ((source: string, ...internal: unknown[]) => {
		if (internal.length > 0) return prepare(source, ...internal);
		const statement = kept.get(source);
		if (statement && !statement.busy) {
			if (statement.reader) statement.raw(false).pluck(false).expand(false);
			return statement;
		}
		const fresh = prepare(source);
		if (!statement) {
			if (kept.size >= size) kept.delete(kept.keys().next().value!);
			kept.set(source, fresh);
		}
		return fresh;
	}) as typeof sqlite.prepare;
}
