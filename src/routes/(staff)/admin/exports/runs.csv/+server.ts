import { appDb } from '$lib/server/app';
import { appendAudit } from '$lib/server/audit/audit-log';
import { allocationRunsCsv } from '$lib/server/exports/allocation-runs';
import { csvResponse } from '$lib/server/exports/csv-response';
import { requireStaff } from '$lib/server/staff/require-staff';
import { officers } from '$lib/server/staff/route-access';
import type { RequestHandler } from './$types';

/** Every allocation run, its commitment and (once done) its seed, offers and equity warnings. */
export const GET: RequestHandler = (event) => {
	const staff = requireStaff(event, officers);
	const db = appDb();
	const { csv, rows } = allocationRunsCsv(db);
	const now = Date.now();
	appendAudit(
		db,
		{
			actor: { kind: 'staff', id: staff.id },
			action: 'export.runs',
			subject: 'export',
			details: { rows }
		},
		now
	);
	return csvResponse(csv, `turno-allocation-runs-${new Date(now).toISOString().slice(0, 10)}.csv`);
};
