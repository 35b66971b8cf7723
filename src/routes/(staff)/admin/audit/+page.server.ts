import { appDb } from '$lib/server/app';
import { recentAudit, verifyAuditLog } from '$lib/server/audit/audit-log';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const db = appDb();
	const problem = verifyAuditLog(db);
	const entries = recentAudit(db, 200);
	return {
		problem: problem ? `${problem.kind} ${'id' in problem ? problem.id : problem.headId}` : null,
		count: entries[0]?.id ?? 0,
		entries: entries.map((e) => ({
			id: e.id,
			at: new Date(e.at).toISOString().replace('T', ' ').slice(0, 19) + ' UTC',
			actor: `${e.actorKind}:${e.actorId}`,
			action: e.action,
			subject: e.subject
		}))
	};
};
