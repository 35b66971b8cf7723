/**
 * Writing and checking the audit log. Every action taken on someone's behalf, and every
 * staff action that changes something, is appended here in the same transaction as the
 * change, so one is never stored without the other.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { auditEntry, auditHead } from '../db/schema';
import { entryHash, genesisHash, verifyChain, type AuditEntry, type ChainProblem } from './chain';

export type Actor =
	| { kind: 'staff'; id: number }
	| { kind: 'kiosk'; id: number }
	| { kind: 'applicant'; id: number }
	| { kind: 'system'; id: string };

export type AuditRecord = {
	actor: Actor;
	/** What was done, as `area.verb` (`staff.created`, `applicant.registered` …). */
	action: string;
	/** Whom or what it was done to (`account:12`, `staff:3`). Never a name. */
	subject: string;
	/** Ids and choices only: no personal data, which stays in its own tables. */
	details?: Record<string, unknown>;
};

/** Appends one entry; inside the caller's transaction if there is one. */
export function appendAudit(db: Db, record: AuditRecord, now: number): AuditEntry {
	const write = db.$client.transaction((): AuditEntry => {
		const head = db.select().from(auditHead).where(eq(auditHead.one, 1)).get();
		const fields = {
			id: (head?.lastId ?? 0) + 1,
			at: now,
			actorKind: record.actor.kind,
			actorId: String(record.actor.id),
			action: record.action,
			subject: record.subject,
			details: record.details ?? {}
		};
		const prevHash = head?.lastHash ?? genesisHash;
		const entry = { ...fields, prevHash, hash: entryHash(fields, prevHash) };
		db.insert(auditEntry).values(entry).run();
		db.insert(auditHead)
			.values({ one: 1, lastId: entry.id, lastHash: entry.hash })
			.onConflictDoUpdate({
				target: auditHead.one,
				set: { lastId: entry.id, lastHash: entry.hash }
			})
			.run();
		return entry;
	});
	// IMMEDIATE: two processes appending at once queue up instead of both reading one head.
	return write.immediate();
}

/** Reads the whole log in order, a page at a time, without holding it all in memory. */
export function* auditEntries(db: Db, pageSize = 5_000): Generator<AuditEntry> {
	let after = 0;
	for (;;) {
		const page = db
			.select()
			.from(auditEntry)
			.where(gtId(after))
			.orderBy(asc(auditEntry.id))
			.limit(pageSize)
			.all();
		yield* page;
		if (page.length < pageSize) return;
		after = page[page.length - 1]!.id;
	}
}

const gtId = (id: number) => sql`${auditEntry.id} > ${id}`;

export function verifyAuditLog(db: Db): ChainProblem | null {
	const head = db.select().from(auditHead).where(eq(auditHead.one, 1)).get() ?? null;
	return verifyChain(auditEntries(db), head);
}

/** The newest entries first, for the admin's view. */
export function recentAudit(db: Db, limit: number): AuditEntry[] {
	return db
		.select()
		.from(auditEntry)
		.orderBy(sql`${auditEntry.id} desc`)
		.limit(limit)
		.all();
}
