/**
 * Backups of the SQLite database: SQLite's online backup (through better-sqlite3), which
 * copies a consistent snapshot while the server keeps reading and writing, to a timestamped
 * file; and restoring one, after checking it, in place of the database.
 *
 * The key directory (ticket signing key, pseudonym secret) and the recordings directory are
 * not in the database: back them up apart from it (docs/ARCHITECTURE.md, "Backups").
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** 2026-11-25T15:40:12.345Z → 20261125T154012Z: sortable, and safe in a file name. */
export function backupStamp(now: Date): string {
	return now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
}

/** Problems SQLite finds in a database file; empty when it is sound. */
export function integrityProblems(file: string): string[] {
	const db = new Database(file, { readonly: true, fileMustExist: true });
	try {
		const rows = db.pragma('integrity_check') as { integrity_check: string }[];
		return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
	} finally {
		db.close();
	}
}

/** Copies the live database to `<dir>/turno-<stamp>.db`, checks the copy, returns its path. */
export async function backupDatabase(
	databaseFile: string,
	dir: string,
	now = new Date()
): Promise<string> {
	mkdirSync(dir, { recursive: true });
	const target = join(dir, `turno-${backupStamp(now)}.db`);
	const source = new Database(databaseFile, { fileMustExist: true });
	try {
		await source.backup(target);
	} finally {
		source.close();
	}
	const problems = integrityProblems(target);
	if (problems.length) {
		rmSync(target, { force: true });
		throw new Error(`the copy failed its integrity check: ${problems.join('; ')}`);
	}
	return target;
}

/**
 * Puts a backup in place of the database (the server must be stopped): the backup is checked
 * first, copied beside the database, and renamed over it, so a failure leaves the old one.
 * The old write-ahead log is removed with it: it belongs to the replaced file.
 */
export function restoreDatabase(backupFile: string, databaseFile: string): void {
	const problems = integrityProblems(backupFile);
	if (problems.length)
		throw new Error(`the backup failed its integrity check: ${problems.join('; ')}`);
	const target = resolve(databaseFile);
	mkdirSync(dirname(target), { recursive: true });
	const incoming = `${target}.restoring`;
	copyFileSync(backupFile, incoming);
	for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
	renameSync(incoming, target);
}

export const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);
