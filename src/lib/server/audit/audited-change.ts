/**
 * A staff change and its audit entry in one IMMEDIATE transaction: both are stored or
 * neither, and two processes changing the same thing queue up instead of both reading
 * the old state.
 */
import type { Db } from '../db';
import { appendAudit, type AuditRecord } from './audit-log';

export function changeWithAudit<T>(
	db: Db,
	now: number,
	change: () => T,
	record: (result: T) => AuditRecord | null
): T {
	return db.$client
		.transaction(() => {
			const result = change();
			const entry = record(result);
			if (entry) appendAudit(db, entry, now);
			return result;
		})
		.immediate();
}
