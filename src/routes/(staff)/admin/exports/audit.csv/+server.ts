import { appDb } from '$lib/server/app';
import { appendAudit } from '$lib/server/audit/audit-log';
import { auditCsv } from '$lib/server/exports/audit';
import { readQuery, validateAuditQuery } from '$lib/server/exports/export-query';
import { badQuery, csvResponse } from '$lib/server/exports/csv-response';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import type { RequestHandler } from './$types';

/** The audit log with its hash chain, whole or for a range of (UTC) days; administrators only. */
export const GET: RequestHandler = (event) => {
	const staff = requireStaff(event, admins);
	const db = appDb();
	const query = validateAuditQuery(readQuery(event.url.searchParams, ['from', 'to'] as const));
	if (!query.ok) return badQuery(query.errors);
	const { from, to } = query.value;
	const { csv, rows } = auditCsv(db, query.value);
	appendAudit(
		db,
		{
			actor: { kind: 'staff', id: staff.id },
			action: 'export.audit',
			subject: 'export',
			details: { from: from ?? null, to: to ?? null, rows }
		},
		Date.now()
	);
	return csvResponse(csv, `turno-audit-${from ?? 'start'}-to-${to ?? 'now'}.csv`);
};
