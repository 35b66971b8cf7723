/**
 * The acceptance figures of the integrity analytics, on generated data of 100,000 people:
 * every detector finds at least 90 % of what was planted with at least 90 % of its flags
 * right, and the allowlisted shelter of 500 residents is not flagged. (`npm run fraud:eval`
 * prints the same figures for any size and seed.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import { generate } from '$lib/fraud/synthetic/generate';
import { firstFreeIds, writeDataset } from '$lib/fraud/synthetic/write';
import { evaluate } from '$lib/fraud/evaluate';
import { runFullPass } from './full-pass';

const { db, remove } = tempDatabase();
afterAll(() => remove());
const now = Date.UTC(2026, 10, 25, 12);

describe('the detectors on 100,000 generated people', () => {
	const data = generate({ people: 100_000, seed: 42, now, firstIds: firstFreeIds(db.$client) });
	writeDataset(db.$client, data);
	const pass = runFullPass(db, now, { store: false });
	const report = evaluate(pass.findings, data.truth);

	it.each(['shared_address', 'duplicate_person', 'velocity', 'network_burst'])(
		'%s: precision and recall at least 0.9',
		(detector) => {
			const score = report.detectors.find((d) => d.detector === detector)!;
			expect(score.flags).toBeGreaterThan(0);
			expect(score.precision).toBeGreaterThanOrEqual(0.9);
			expect(score.recall).toBeGreaterThanOrEqual(0.9);
		}
	);

	it('does not flag the allowlisted shelter with 500 residents', () => {
		const residents = (ids: number[]) =>
			(
				db.$client
					.prepare(
						'select count(*) n from person where account_id in (select value from json_each(?))'
					)
					.get(JSON.stringify(ids)) as { n: number }
			).n;
		const shelter = data.truth.allowlistedShelters.find((s) => residents(s.accountIds) === 500)!;
		expect(shelter).toBeTruthy();
		const flaggedAccounts = new Set(
			pass.findings.filter((f) => f.kind === 'shared_address').flatMap((f) => f.accountIds)
		);
		expect(shelter.accountIds.some((id) => flaggedAccounts.has(id))).toBe(false);
		expect(report.notes[0]).toMatch(/flagged=0$/);
	});
});
