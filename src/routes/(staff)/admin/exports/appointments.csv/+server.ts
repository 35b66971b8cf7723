import { error } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { appendAudit } from '$lib/server/audit/audit-log';
import { appointmentsCsv } from '$lib/server/exports/appointments';
import { allPorts, exportablePorts } from '$lib/server/exports/export-access';
import { readQuery, validateAppointmentsQuery } from '$lib/server/exports/export-query';
import { badQuery, csvResponse } from '$lib/server/exports/csv-response';
import { requireStaff } from '$lib/server/staff/require-staff';
import { officers } from '$lib/server/staff/route-access';
import type { RequestHandler } from './$types';

/** One port's confirmed appointments over a range of days; officers only for their own port. */
export const GET: RequestHandler = (event) => {
	const staff = requireStaff(event, officers);
	const db = appDb();
	const fields = readQuery(event.url.searchParams, ['port', 'from', 'to'] as const);
	const query = validateAppointmentsQuery(
		fields,
		allPorts(db).map((p) => p.id)
	);
	if (!query.ok) return badQuery(query.errors);
	const { portId, from, to } = query.value;
	if (!exportablePorts(db, staff).some((p) => p.id === portId)) {
		error(403, 'Not allowed for this port');
	}
	const { csv, rows } = appointmentsCsv(db, query.value);
	appendAudit(
		db,
		{
			actor: { kind: 'staff', id: staff.id },
			action: 'export.appointments',
			subject: `port:${portId}`,
			details: { from, to, rows }
		},
		Date.now()
	);
	return csvResponse(csv, `turno-appointments-${portId}-${from}-to-${to}.csv`);
};
