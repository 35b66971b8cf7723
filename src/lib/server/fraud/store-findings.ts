/**
 * Findings become flags, one per pattern (kind + key). A pattern found again refreshes its
 * open flag; one already decided stays decided unless new accounts joined it, which reopens
 * it for a second look. Nothing else changes a reviewer's decision.
 */
import type { Db } from '../db';
import type { Finding } from '$lib/fraud/types';

export type StoreCounts = { added: number; refreshed: number; reopened: number };

export function storeFindings(db: Db, findings: readonly Finding[], now: number): StoreCounts {
	const counts: StoreCounts = { added: 0, refreshed: 0, reopened: 0 };
	const find = db.$client.prepare(
		'select id, status, subjects from flag where kind = ? and key = ?'
	);
	const insert = db.$client.prepare(
		`insert into flag (kind, key, score, subjects, evidence, status, created_at, updated_at)
		 values (?, ?, ?, ?, ?, 'open', ?, ?)`
	);
	const refresh = db.$client.prepare(
		'update flag set score = ?, subjects = ?, evidence = ?, updated_at = ? where id = ?'
	);
	const reopen = db.$client.prepare(
		`update flag set score = ?, subjects = ?, evidence = ?, status = 'open', updated_at = ? where id = ?`
	);
	db.$client
		.transaction(() => {
			for (const f of findings) {
				const subjects = JSON.stringify({ accountIds: f.accountIds, personIds: f.personIds });
				const evidence = JSON.stringify(f.evidence);
				const existing = find.get(f.kind, f.key) as
					{ id: number; status: string; subjects: string } | undefined;
				if (!existing) {
					insert.run(f.kind, f.key, f.score, subjects, evidence, now, now);
					counts.added++;
				} else if (existing.status === 'open') {
					refresh.run(f.score, subjects, evidence, now, existing.id);
					counts.refreshed++;
				} else {
					const before = new Set(
						(JSON.parse(existing.subjects) as { accountIds: number[] }).accountIds
					);
					if (f.accountIds.some((id) => !before.has(id))) {
						reopen.run(f.score, subjects, evidence, now, existing.id);
						counts.reopened++;
					}
				}
			}
		})
		.immediate();
	return counts;
}
