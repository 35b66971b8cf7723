/**
 * Which ports' appointments a member of staff may export: the ports they work at (an
 * administrator every port, an officer their organisation's; see port-day/officer-port.ts).
 * Caseworkers never reach here (route-access.ts).
 */
import type { Db } from '../db';
import { allPorts as portRows } from '../ports/port-admin';
import { portsOf } from '../port-day/officer-port';
import type { StaffContext } from '../staff/require-staff';

export type PortOption = { id: string; name: string };

const option = (p: PortOption): PortOption => ({ id: p.id, name: p.name });

/** Every port, in the published order (closed ones too: their past appointments count). */
export function allPorts(db: Db): PortOption[] {
	return portRows(db).map(option);
}

/** The ports this member of staff may export appointments of. */
export function exportablePorts(
	db: Db,
	staff: Pick<StaffContext, 'role' | 'organisationId'>
): PortOption[] {
	if (staff.role === 'caseworker') return [];
	return portsOf(db, staff).map(option);
}
