/**
 * The audit log as CSV, with each entry's hashes, so the chain can be checked away from the
 * server (and the head hash kept elsewhere). Entries hold ids and choices, never names.
 */
import type { Db } from '../db';
import { auditEntries } from '../audit/audit-log';
import { toCsv } from './csv';

export type AuditQuery = {
	/** ISO dates, YYYY-MM-DD, both included, as UTC days; either may be left out. */
	from?: string;
	to?: string;
};

export const auditHeader = [
	'id',
	'at',
	'actor_kind',
	'actor_id',
	'action',
	'subject',
	'details',
	'prev_hash',
	'hash'
];

const day = 86_400_000;

/**
 * The entries in the range, oldest first, read a page at a time (`auditEntries`) and written
 * as they are read: only the CSV text itself is held whole. Details are the JSON stored.
 */
export function auditCsv(db: Db, query: AuditQuery = {}): { csv: string; rows: number } {
	const start = query.from ? Date.parse(`${query.from}T00:00:00Z`) : -Infinity;
	const end = query.to ? Date.parse(`${query.to}T00:00:00Z`) + day : Infinity;
	let count = 0;
	function* rows() {
		for (const e of auditEntries(db)) {
			if (e.at < start || e.at >= end) continue;
			count++;
			yield [
				e.id,
				new Date(e.at).toISOString(),
				e.actorKind,
				e.actorId,
				e.action,
				e.subject,
				JSON.stringify(e.details),
				e.prevHash,
				e.hash
			];
		}
	}
	const csv = toCsv(auditHeader, rows());
	return { csv, rows: count };
}
