/**
 * The organisation's name and port, as an administrator gives them when adding one and when
 * changing one: the same checks, and messages in the reader's language by each field.
 */
import { m } from '$lib/paraglide/messages';
import { cleanText } from '$lib/schemas/form-values';
import type { Db } from '../db';
import type { organisationKinds } from '../db/schema';
import { findPort } from '../ports/port-admin';

export function checkOrganisationFields(
	db: Db,
	fields: { org_name: string; org_port: string },
	kind: (typeof organisationKinds)[number]
): { name: string; portId: string | null; errors: Record<string, string> } {
	const name = cleanText(fields.org_name);
	// A port's officers work at that port: it is required for a port, ignored otherwise.
	const portId = kind === 'port' ? (findPort(db, fields.org_port)?.id ?? null) : null;
	const errors: Record<string, string> = {};
	if (!name) errors.org_name = m.staff_org_name_required();
	else if ([...name].length > 100) errors.org_name = m.staff_org_name_too_long();
	if (kind === 'port' && !portId) errors.org_port = m.staff_org_port_required();
	return { name, portId, errors };
}
