/** The ports a person can choose, in the published order. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from './db';
import { port } from './db/schema';

export type PortChoice = { id: string; name: string };

export function activePorts(db: Db): PortChoice[] {
	return db
		.select({ id: port.id, name: port.name })
		.from(port)
		.where(eq(port.active, true))
		.orderBy(asc(port.sortOrder))
		.all();
}

export function portNames(db: Db, ids: readonly string[]): string[] {
	const all = db.select({ id: port.id, name: port.name }).from(port).all();
	return ids.map((id) => all.find((p) => p.id === id)?.name ?? id);
}
