import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { tempDatabase } from '../testing/temp-db';
import { allocationRun } from '../db/schema';
import type { EquityReport } from '../allocation/equity';
import { allocationRunsCsv, allocationRunsHeader } from './allocation-runs';

const { db, remove } = tempDatabase();
afterAll(() => remove());

const equity: EquityReport = {
	pooled: 40,
	offered: 10,
	rate: 0.25,
	maxRatio: 1.5,
	minGroupSize: 20,
	rows: [
		{
			dimension: 'channel',
			group: 'kiosk',
			pooled: 20,
			offered: 1,
			rate: 0.05,
			ratio: 0.2,
			warning: true
		},
		{
			dimension: 'channel',
			group: 'self',
			pooled: 20,
			offered: 9,
			rate: 0.45,
			ratio: 1.8,
			warning: false
		}
	]
};

describe('the allocation runs export', () => {
	it('shows the seed of a run that is done, and only the commitment of one that is not', () => {
		const cutoff = Date.UTC(2026, 2, 2, 5);
		db.insert(allocationRun)
			.values([
				{
					runDate: '2026-03-01',
					status: 'done',
					seed: 'seed-of-a-done-run',
					seedCommitment: 'commitment-1',
					algorithmVersion: 'v1',
					cutoff,
					inputsDigest: 'digest-1',
					equityReport: equity,
					offersMade: 10,
					committedAt: 0,
					startedAt: cutoff + 1000,
					finishedAt: cutoff + 2000
				},
				{
					runDate: '2026-03-02',
					status: 'committed',
					seed: 'secret-seed',
					seedCommitment: 'commitment-2',
					cutoff: cutoff + 86_400_000,
					committedAt: 0
				},
				{
					runDate: '2026-03-03',
					status: 'failed',
					seed: 'secret-after-failure',
					seedCommitment: 'commitment-3',
					cutoff: cutoff + 2 * 86_400_000,
					committedAt: 0,
					startedAt: cutoff + 2 * 86_400_000
				}
			])
			.run();
		const { csv, rows } = allocationRunsCsv(db);
		expect(rows).toBe(3);
		expect(csv).not.toContain('secret');
		expect(parse(csv, { bom: true })).toEqual([
			allocationRunsHeader,
			[
				'2026-03-01',
				'done',
				new Date(cutoff).toISOString(),
				'commitment-1',
				'seed-of-a-done-run',
				'v1',
				'40',
				'10',
				'digest-1',
				new Date(cutoff + 1000).toISOString(),
				new Date(cutoff + 2000).toISOString(),
				'1',
				'channel=kiosk (ratio 0.20)'
			],
			[
				'2026-03-02',
				'committed',
				new Date(cutoff + 86_400_000).toISOString(),
				'commitment-2',
				'',
				'',
				'',
				'',
				'',
				'',
				'',
				'',
				''
			],
			[
				'2026-03-03',
				'failed',
				new Date(cutoff + 2 * 86_400_000).toISOString(),
				'commitment-3',
				'',
				'',
				'',
				'',
				'',
				new Date(cutoff + 2 * 86_400_000).toISOString(),
				'',
				'',
				''
			]
		]);
	});
});
