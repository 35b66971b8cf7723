import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import { appendAudit, auditEntries, verifyAuditLog } from './audit-log';
import { canonicalJson, entryHash } from './chain';

let temp: ReturnType<typeof tempDatabase>;
beforeEach(() => {
	temp = tempDatabase();
	for (let i = 1; i <= 5; i++) {
		appendAudit(
			temp.db,
			{
				actor: { kind: 'staff', id: 7 },
				action: 'applicant.registered',
				subject: `account:${i}`,
				details: { channel: 'caseworker', people: i }
			},
			1_000 * i
		);
	}
});
afterEach(() => temp.remove());

/** Tampering as someone with the database file would: the triggers dropped first. */
function tamper(sql: string) {
	const raw = new Database(temp.path);
	raw.exec(
		'DROP TRIGGER IF EXISTS audit_entry_append_only_update; DROP TRIGGER IF EXISTS audit_entry_append_only_delete;'
	);
	raw.exec(sql);
	raw.close();
}

describe('the audit log', () => {
	it('chains each entry to the one before and verifies whole', () => {
		const entries = [...auditEntries(temp.db, 2)];
		expect(entries.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
		for (let i = 1; i < entries.length; i++) {
			expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
		}
		expect(verifyAuditLog(temp.db)).toBeNull();
	});

	it('refuses changes and deletions through SQL', () => {
		expect(() => temp.db.$client.exec("UPDATE audit_entry SET action = 'x' WHERE id = 2")).toThrow(
			/append-only/
		);
		expect(() => temp.db.$client.exec('DELETE FROM audit_entry WHERE id = 5')).toThrow(
			/append-only/
		);
	});

	it('finds an edited entry', () => {
		tamper(`UPDATE audit_entry SET subject = 'account:99' WHERE id = 3`);
		expect(verifyAuditLog(temp.db)).toEqual({ kind: 'edited', id: 3 });
	});

	it('finds an entry deleted from the middle', () => {
		tamper('DELETE FROM audit_entry WHERE id = 2');
		expect(verifyAuditLog(temp.db)).toEqual({ kind: 'gap', afterId: 1, id: 3 });
	});

	it('finds entries cut off the end', () => {
		tamper('DELETE FROM audit_entry WHERE id >= 4');
		expect(verifyAuditLog(temp.db)).toEqual({ kind: 'head-mismatch', headId: 5, lastId: 3 });
	});

	it('finds an entry inserted with its own valid hash', () => {
		// A forger renumbers the later entries and computes a correct hash for the new one;
		// the entry after it still names the old previous hash.
		const [second] = [...auditEntries(temp.db)].filter((e) => e.id === 2);
		tamper('UPDATE audit_entry SET id = id + 100 WHERE id >= 3');
		tamper('UPDATE audit_entry SET id = id - 99 WHERE id >= 103');
		const forged = {
			id: 3,
			at: 2_500,
			actorKind: 'staff',
			actorId: '7',
			action: 'applicant.deleted',
			subject: 'account:1',
			details: {}
		};
		const hash = entryHash(forged, second!.hash);
		tamper(
			`INSERT INTO audit_entry VALUES (3, 2500, 'staff', '7', 'applicant.deleted', 'account:1', '{}', '${second!.hash}', '${hash}')`
		);
		expect(verifyAuditLog(temp.db)).toEqual({ kind: 'broken-link', id: 4 });
	});

	it('hashes details the same whatever their key order', () => {
		expect(canonicalJson({ b: 1, a: [2, { d: 1, c: null }] })).toBe(
			canonicalJson({ a: [2, { c: null, d: 1 }], b: 1 })
		);
	});
});
