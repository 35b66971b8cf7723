/**
 * The audit log's hash chain, pure. Each entry's hash covers its own fields and the hash of
 * the entry before it, so editing, inserting or deleting an entry breaks every hash after it;
 * the head (the last id and hash, kept apart) catches entries cut off the end.
 */
import { createHash } from 'node:crypto';

export type AuditFields = {
	id: number;
	at: number;
	/** 'staff' | 'kiosk' | 'applicant' | 'system' */
	actorKind: string;
	actorId: string;
	action: string;
	subject: string;
	details: Record<string, unknown>;
};

export type AuditEntry = AuditFields & { prevHash: string; hash: string };

/** The hash before the first entry. */
export const genesisHash = '0'.repeat(64);

/** JSON with object keys sorted, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const keys = Object.keys(value).sort();
		const record = value as Record<string, unknown>;
		return `{${keys
			.filter((k) => record[k] !== undefined)
			.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}

export function entryHash(fields: AuditFields, prevHash: string): string {
	const { id, at, actorKind, actorId, action, subject, details } = fields;
	const body = canonicalJson({ id, at, actorKind, actorId, action, subject, details, prevHash });
	return createHash('sha256').update(body).digest('hex');
}

export type ChainProblem =
	| { kind: 'edited'; id: number }
	| { kind: 'broken-link'; id: number }
	| { kind: 'gap'; afterId: number; id: number }
	| { kind: 'head-mismatch'; headId: number; lastId: number };

/**
 * The first problem in a chain read in id order, or null when it is whole. `head`: the last
 * id and hash recorded when the newest entry was written (null for an empty log).
 */
export function verifyChain(
	entries: Iterable<AuditEntry>,
	head: { lastId: number; lastHash: string } | null
): ChainProblem | null {
	let prevHash = genesisHash;
	let prevId = 0;
	for (const entry of entries) {
		if (entry.id !== prevId + 1) return { kind: 'gap', afterId: prevId, id: entry.id };
		if (entry.prevHash !== prevHash) return { kind: 'broken-link', id: entry.id };
		if (entryHash(entry, entry.prevHash) !== entry.hash) return { kind: 'edited', id: entry.id };
		prevHash = entry.hash;
		prevId = entry.id;
	}
	const headId = head?.lastId ?? 0;
	if (headId !== prevId || (head && head.lastHash !== prevHash)) {
		return { kind: 'head-mismatch', headId, lastId: prevId };
	}
	return null;
}
