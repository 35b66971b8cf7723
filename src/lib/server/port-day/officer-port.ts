/**
 * Which ports a member of staff works at: an officer at the port of their organisation,
 * an administrator at any. Checked inside every officer load and action.
 */
import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organisation, port } from '../db/schema';
import type { StaffContext } from '../staff/require-staff';
import { dateInZone } from '../allocation/schedule';
import { allPorts, findPort, type PortRow } from '../ports/port-admin';

export function portsOf(db: Db, staff: Pick<StaffContext, 'role' | 'organisationId'>): PortRow[] {
	if (staff.role === 'admin') return allPorts(db);
	const own = db
		.select({ portId: organisation.portId })
		.from(organisation)
		.where(eq(organisation.id, staff.organisationId))
		.get()?.portId;
	return own ? db.select().from(port).where(eq(port.id, own)).all() : [];
}

/** The port, if this member of staff works there; otherwise the request stops (404 / 403). */
export function requirePort(db: Db, staff: StaffContext, portId: string): PortRow {
	const found = /^[a-z0-9-]{1,60}$/.test(portId) ? findPort(db, portId) : undefined;
	if (!found) error(404, 'No such port');
	if (!portsOf(db, staff).some((p) => p.id === found.id)) error(403, 'Not your port');
	return found;
}

/** Today's date at the port, in its own time zone. */
export const portToday = (row: Pick<PortRow, 'timezone'>, now: number) =>
	dateInZone(now, row.timezone);
