/**
 * npm run bench:fraud [-- --people N --seed S]
 *
 * Makes N synthetic people (default 1,000,000) in a new SQLite file with
 * `npm run data:synthetic` (in its own process), then times the full pass here: reading,
 * every detector, storing the flags. The last line is
 * `fraud people=N seconds=S peak_rss_mb=M` (M: this process's peak resident memory).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		people: { type: 'string', default: '1000000' },
		seed: { type: 'string', default: '7' }
	}
});
const dir = mkdtempSync(join(tmpdir(), 'turno-bench-fraud-'));
const database = join(dir, 'turno.db');
process.env.DATABASE_URL = database;
process.env.TURNO_KEY_DIR = join(dir, 'keys');
try {
	const made = spawnSync(
		process.execPath,
		[
			'node_modules/tsx/dist/cli.mjs',
			'scripts/data-synthetic.ts',
			'--people',
			values.people!,
			'--seed',
			values.seed!
		],
		{ env: process.env, stdio: ['ignore', 'inherit', 'inherit'] }
	);
	if (made.status !== 0) throw new Error('making the synthetic data failed');
	const { openDatabase } = await import('../src/lib/server/db');
	const { runFullPass } = await import('../src/lib/server/fraud/full-pass');
	const db = openDatabase(database);
	const started = performance.now();
	const pass = runFullPass(db, Date.now());
	const seconds = (performance.now() - started) / 1000;
	const t = pass.timings;
	console.log(
		`fraud timings read_s=${(t.read / 1000).toFixed(1)} detect_s=${(t.detect / 1000).toFixed(1)} store_s=${(t.store / 1000).toFixed(1)} findings=${pass.findings.length}`
	);
	const peak = process.resourceUsage().maxRSS / 1024;
	console.log(
		`fraud people=${pass.people} seconds=${seconds.toFixed(1)} peak_rss_mb=${Math.round(peak)}`
	);
	db.$client.close();
} finally {
	rmSync(dir, { recursive: true, force: true });
}
