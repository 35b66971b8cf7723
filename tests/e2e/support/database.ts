/** Reads the test server's SQLite file directly, to check what was really stored. */
import Database from 'better-sqlite3';

export function countRows(dbPath: string, sql: string, ...params: unknown[]): number {
	const db = new Database(dbPath, { readonly: true, fileMustExist: true });
	try {
		const row = db.prepare(sql).get(...params) as { n: number };
		return row.n;
	} finally {
		db.close();
	}
}
