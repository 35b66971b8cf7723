/**
 * Ports as administrators keep them: add, change, close and reopen. A port is never
 * deleted: requests, offers and the audit log refer to it.
 */
import { asc, eq, max } from 'drizzle-orm';
import type { Db } from '../db';
import { port } from '../db/schema';
import type { Actor } from '../audit/audit-log';
import { changeWithAudit } from '../audit/audited-change';
import { portIdFromName, type PortInput } from '$lib/schemas/port-admin';

export type PortRow = typeof port.$inferSelect;
type StaffActor = Actor & { kind: 'staff' };

export function allPorts(db: Db): PortRow[] {
	return db.select().from(port).orderBy(asc(port.sortOrder)).all();
}

export function findPort(db: Db, id: string): PortRow | undefined {
	return db.select().from(port).where(eq(port.id, id)).get();
}

/** Adds a port at the end of the list; its id comes from its name, made unique. */
export function addPort(db: Db, input: PortInput, actor: StaffActor, now: number): string {
	return changeWithAudit(
		db,
		now,
		() => {
			const base = portIdFromName(input.name);
			let id = base;
			for (let n = 2; findPort(db, id); n++) id = `${base}-${n}`;
			const last =
				db
					.select({ last: max(port.sortOrder) })
					.from(port)
					.get()?.last ?? 0;
			db.insert(port)
				.values({ id, ...input, sortOrder: last + 1, active: true })
				.run();
			return id;
		},
		(id) => ({ actor, action: 'port.added', subject: `port:${id}` })
	);
}

/** Changes name, address, time zone and instructions; returns false for an unknown port. */
export function updatePort(
	db: Db,
	id: string,
	input: PortInput,
	actor: StaffActor,
	now: number
): boolean {
	return changeWithAudit(
		db,
		now,
		() => db.update(port).set(input).where(eq(port.id, id)).run().changes === 1,
		(changed) =>
			changed
				? {
						actor,
						action: 'port.changed',
						subject: `port:${id}`,
						details: { instructions: Object.keys(input.instructions).sort() }
					}
				: null
	);
}

/**
 * Closes a port to new requests (it leaves the applicants' list) or reopens it. Offers and
 * appointments already made there stand; the weekly capacity stays for when it reopens.
 */
export function setPortActive(
	db: Db,
	id: string,
	active: boolean,
	actor: StaffActor,
	now: number
): boolean {
	return changeWithAudit(
		db,
		now,
		() => db.update(port).set({ active }).where(eq(port.id, id)).run().changes === 1,
		(changed) =>
			changed
				? { actor, action: active ? 'port.reopened' : 'port.closed', subject: `port:${id}` }
				: null
	);
}

/** What applicants are told at this port, in their language, else English, else nothing. */
export function instructionsFor(row: Pick<PortRow, 'instructions'>, locale: string): string {
	return row.instructions[locale] ?? row.instructions.en ?? '';
}
