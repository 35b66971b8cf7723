import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { test, expect } from '../support/fixtures';
import { startServer } from '../support/server';
import { httpClient, post, prepareRequestByHttp, registerByHttp } from '../support/http-applicant';
import { countRows } from '../support/database';

test('two server processes on one database run a due allocation exactly once', async ({
	server
}) => {
	for (const name of ['Ana Pérez', 'Tz’unun', 'Jean Désir']) {
		const client = await httpClient(server.url);
		await registerByHttp(client, name);
		const key = await prepareRequestByHttp(client);
		await post(client, '/request/check', { submission_key: key });
	}

	// A run that is due: cutoff at midnight UTC today, its seed committed an hour before.
	const runDate = new Date().toISOString().slice(0, 10);
	const cutoff = Date.parse(`${runDate}T00:00:00Z`);
	const seed = randomBytes(32).toString('hex');
	const db = new Database(server.dbPath);
	db.prepare(
		`insert into allocation_run (run_date, status, seed, seed_commitment, cutoff, committed_at)
		 values (?, 'committed', ?, ?, ?, ?)
		 on conflict (run_date) do update set seed = excluded.seed,
		   seed_commitment = excluded.seed_commitment, cutoff = excluded.cutoff,
		   committed_at = excluded.committed_at`
	).run(
		runDate,
		seed,
		createHash('sha256').update(Buffer.from(seed, 'hex')).digest('hex'),
		cutoff,
		cutoff - 3_600_000
	);
	db.close();

	// Both schedulers tick as soon as their servers start.
	const env = { ALLOCATION_TIMEZONE: 'UTC', ALLOCATION_CUTOFF: '00:00' };
	const [b, c] = await Promise.all([
		startServer(env, server.dbPath),
		startServer(env, server.dbPath)
	]);
	try {
		await expect
			.poll(() =>
				countRows(
					server.dbPath,
					"select count(*) n from allocation_run where run_date = ? and status = 'done'",
					runDate
				)
			)
			.toBe(1);
		expect(countRows(server.dbPath, 'select count(*) n from offer')).toBe(3);
		expect(
			countRows(server.dbPath, "select count(*) n from request where status = 'offered'")
		).toBe(3);
	} finally {
		await b.stop();
		await c.stop();
	}
});
