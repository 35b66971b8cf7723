/**
 * Which ports' appointments a member of staff may export: an administrator every port, an
 * officer only the port of their own organisation (an officer of an organisation without a
 * port, none). Caseworkers never reach here (route-access.ts).
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organisation, port } from '../db/schema';
import type { StaffRole } from '../db/schema';

export type PortOption = { id: string; name: string };

/** Every port, in the published order (inactive ones too: their past appointments count). */
export function allPorts(db: Db): PortOption[] {
	return db.select({ id: port.id, name: port.name }).from(port).orderBy(asc(port.sortOrder)).all();
}

/** The ports this member of staff may export appointments of. */
export function exportablePorts(
	db: Db,
	staff: { role: StaffRole; organisationId: number }
): PortOption[] {
	const ports = allPorts(db);
	if (staff.role === 'admin') return ports;
	if (staff.role !== 'officer') return [];
	const own = db
		.select({ portId: organisation.portId })
		.from(organisation)
		.where(eq(organisation.id, staff.organisationId))
		.get()?.portId;
	return ports.filter((p) => p.id === own);
}
