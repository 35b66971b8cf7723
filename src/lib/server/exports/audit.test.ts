import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { tempDatabase } from '../testing/temp-db';
import { appendAudit } from '../audit/audit-log';
import { verifyChain } from '../audit/chain';
import { auditCsv, auditHeader } from './audit';

const { db, remove } = tempDatabase();
afterAll(() => remove());

const day = 86_400_000;
const start = Date.UTC(2026, 2, 1, 12);
for (let i = 0; i < 5; i++) {
	appendAudit(
		db,
		{
			actor: { kind: 'staff', id: 1 },
			action: 'staff.signed_in',
			subject: 'staff:1',
			details: { n: i, note: '=1+1' }
		},
		start + i * day
	);
}

const read = (csv: string) => parse(csv, { bom: true }) as string[][];

describe('the audit log export', () => {
	it('has every entry with the fields and hashes of the chain', () => {
		const { csv, rows } = auditCsv(db);
		const [header, ...records] = read(csv);
		expect(header).toEqual(auditHeader);
		expect(rows).toBe(5);
		expect(records[0]).toEqual([
			'1',
			new Date(start).toISOString(),
			'staff',
			'1',
			'staff.signed_in',
			'staff:1',
			'{"n":0,"note":"=1+1"}',
			expect.stringMatching(/^[0-9a-f]{64}$/),
			expect.stringMatching(/^[0-9a-f]{64}$/)
		]);
		// Each entry names the hash of the one before: the chain can be walked from the file.
		for (let i = 1; i < records.length; i++) expect(records[i]![7]).toBe(records[i - 1]![8]);
	});

	it('is the same chain the server checks', () => {
		const records = read(auditCsv(db).csv).slice(1);
		const entries = records.map(([id, at, actorKind, actorId, action, subject, details, p, h]) => ({
			id: Number(id),
			at: Date.parse(at!),
			actorKind: actorKind!,
			actorId: actorId!,
			action: action!,
			subject: subject!,
			details: JSON.parse(details!) as Record<string, unknown>,
			prevHash: p!,
			hash: h!
		}));
		const last = entries[entries.length - 1]!;
		expect(verifyChain(entries, { lastId: last.id, lastHash: last.hash })).toBeNull();
	});

	it('keeps to the days asked for, both included (UTC)', () => {
		const { csv, rows } = auditCsv(db, { from: '2026-03-02', to: '2026-03-03' });
		expect(rows).toBe(2);
		expect(
			read(csv)
				.slice(1)
				.map((r) => r[0])
		).toEqual(['2', '3']);
		expect(auditCsv(db, { from: '2026-03-05' }).rows).toBe(1);
		expect(auditCsv(db, { to: '2026-03-01' }).rows).toBe(1);
	});
});
