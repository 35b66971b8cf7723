import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from '../support/fixtures';
import { startServer, type RunningServer } from '../support/server';
import { httpClient, post, prepareRequestByHttp, registerByHttp } from '../support/http-applicant';
import { countRows } from '../support/database';

/** Three pooled requests and an allocation run that is due (returns its date). */
async function dueRunOfThree(server: RunningServer): Promise<string> {
	for (const name of ['Ana Pérez', 'Tz’unun', 'Jean Désir']) {
		const client = await httpClient(server.url);
		await registerByHttp(client, name);
		const key = await prepareRequestByHttp(client);
		await post(client, '/request/check', { submission_key: key });
	}
	// Cutoff at midnight UTC today, its seed committed an hour before.
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
	return runDate;
}

async function expectRunOnceWithThreeOffers(dbPath: string, runDate: string): Promise<void> {
	await expect
		.poll(() =>
			countRows(
				dbPath,
				"select count(*) n from allocation_run where run_date = ? and status = 'done'",
				runDate
			)
		)
		.toBe(1);
	expect(countRows(dbPath, 'select count(*) n from offer')).toBe(3);
	expect(countRows(dbPath, "select count(*) n from request where status = 'offered'")).toBe(3);
}

/** The processes whose parent is `pid` (the cluster's workers). */
function childrenOf(pid: number): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((name) => {
			try {
				return (
					/^PPid:\s+(\d+)$/m.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1] === `${pid}`
				);
			} catch {
				return false; // it ended while we looked
			}
		})
		.map(Number);
}

const dueNow = { ALLOCATION_TIMEZONE: 'UTC', ALLOCATION_CUTOFF: '00:00' };

test('two server processes on one database run a due allocation exactly once', async ({
	server
}) => {
	const runDate = await dueRunOfThree(server);
	// Both schedulers tick as soon as their servers start.
	const [b, c] = await Promise.all([
		startServer(dueNow, server.dbPath),
		startServer(dueNow, server.dbPath)
	]);
	try {
		await expectRunOnceWithThreeOffers(server.dbPath, runDate);
	} finally {
		await b.stop();
		await c.stop();
	}
});

// Its own database: the file's other test has already run today's allocation on the shared one.
test('with TURNO_PROCESSES=2, two workers serve, one runs the allocation, and a killed worker is replaced', async () => {
	const single = await startServer();
	const runDate = await dueRunOfThree(single);
	await single.kill(); // its database stays, for the cluster
	const clustered = await startServer({ ...dueNow, TURNO_PROCESSES: '2' }, single.dbPath);
	try {
		await expect.poll(() => clustered.output()).toContain('(2 processes)');
		expect(childrenOf(clustered.pid())).toHaveLength(2);
		await expectRunOnceWithThreeOffers(single.dbPath, runDate);
		await expect
			.poll(() => clustered.output().match(/allocation run for \S+ done/g)?.length)
			.toBe(1);

		// Kill a worker: once the primary has noticed (connections it handed to the dying worker
		// are lost, as in any crash), the port still answers, and a new worker takes its place.
		const [first] = childrenOf(clustered.pid());
		process.kill(first!, 'SIGKILL');
		await expect.poll(() => clustered.output()).toContain('stopped (SIGKILL)');
		const client = await httpClient(clustered.url);
		for (let i = 0; i < 10; i++) expect((await client.get('/api/health')).status()).toBe(200);
		await expect
			.poll(() => childrenOf(clustered.pid()).filter((pid) => pid !== first).length)
			.toBe(2);
		expect(
			countRows(single.dbPath, 'select count(*) n from allocation_run where run_date = ?', runDate)
		).toBe(1);
		expect(countRows(single.dbPath, 'select count(*) n from offer')).toBe(3);
	} finally {
		await clustered.stop();
		await single.stop();
	}
});
