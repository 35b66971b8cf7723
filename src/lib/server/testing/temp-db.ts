/** For tests: a fresh SQLite file per test file, migrated like production. Never mocked. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db';
import { seedDatabase } from '../db/seed';

export function tempDatabase(): { db: Db; path: string; remove: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'turno-test-'));
	const path = join(dir, 'turno.db');
	const db = openDatabase(path);
	seedDatabase(db);
	return {
		db,
		path,
		remove: () => {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
