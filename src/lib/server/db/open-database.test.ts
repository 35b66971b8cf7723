import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { tempDatabase } from '../testing/temp-db';
import { port } from './schema';

const { db, path, remove } = tempDatabase();
afterAll(() => remove());

describe('kept prepared statements', () => {
	it('hand out the same statement for the same SQL, with raw rows switched off again', () => {
		const first = db.$client.prepare('select id, name from port where id = ?');
		expect(first.raw().get('laredo')).toEqual(['laredo', expect.any(String)]);
		const again = db.$client.prepare('select id, name from port where id = ?');
		expect(again).toBe(first);
		expect(again.get('laredo')).toEqual({ id: 'laredo', name: expect.any(String) });
	});

	it('never share a statement that is still being iterated', () => {
		const sql = 'select id from port order by id';
		const iterating = db.$client.prepare(sql).iterate();
		iterating.next();
		const other = db.$client.prepare(sql);
		expect(other.all().length).toBeGreaterThan(1);
		iterating.return?.();
	});

	it('give drizzle the right rows whichever way it read them last', () => {
		const byId = (id: string) => db.select({ name: port.name }).from(port).where(eq(port.id, id));
		const laredo = byId('laredo').get();
		expect(byId('hidalgo').get()?.name).not.toBe(laredo?.name);
		expect(db.select().from(port).where(eq(port.id, 'laredo')).get()?.id).toBe('laredo');
		expect(byId('laredo').all()).toEqual([laredo]);
	});
});

describe('drizzle transactions', () => {
	it('take the write lock at BEGIN, so another process waits instead of failing midway', () => {
		const other = new Database(path, { timeout: 0 });
		try {
			db.transaction(() => {
				// Nothing written yet, and still no other connection may start writing.
				expect(() => other.prepare('begin immediate').run()).toThrow(/locked|busy/i);
			});
			other.prepare('begin immediate').run();
			other.prepare('rollback').run();
		} finally {
			other.close();
		}
	});
});
