/**
 * The full pass over every port's people (nightly, and by hand with `npm run fraud:pass`):
 * read, prepare, run every detector, store the findings as flags for review.
 */
import type { Db } from '../db';
import { appendAudit } from '../audit/audit-log';
import { detectAll } from '$lib/fraud/detect-all';
import { preparer } from '$lib/fraud/prepare';
import type { Finding } from '$lib/fraud/types';
import { readAllowlist, readPeople } from './read-records';
import { storeFindings, type StoreCounts } from './store-findings';

export type PassResult = {
	people: number;
	findings: Finding[];
	stored: StoreCounts | null;
	/** Milliseconds spent reading, detecting and storing. */
	timings: { read: number; detect: number; store: number };
};

/** Runs every detector over everyone; `store: false` only reports (for evaluation). */
export function runFullPass(db: Db, now: number, options: { store?: boolean } = {}): PassResult {
	const t0 = performance.now();
	const prepare = preparer();
	const people = readPeople(db, null, prepare);
	const allowlist = readAllowlist(db);
	const t1 = performance.now();
	const findings = detectAll(people, allowlist, now);
	const t2 = performance.now();
	const stored = options.store === false ? null : storeFindings(db, findings, now);
	if (stored)
		appendAudit(
			db,
			{
				actor: { kind: 'system', id: 'integrity' },
				action: 'integrity.full_pass',
				subject: 'flags',
				details: { people: people.length, findings: findings.length, ...stored }
			},
			now
		);
	const t3 = performance.now();
	return {
		people: people.length,
		findings,
		stored,
		timings: { read: t1 - t0, detect: t2 - t1, store: t3 - t2 }
	};
}
