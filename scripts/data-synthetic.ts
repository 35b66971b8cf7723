/**
 * Fills a database with a synthetic population for the integrity analytics, and writes the
 * ground truth of the patterns planted in it.
 *
 *   npm run data:synthetic -- --people N --seed S [--truth FILE] [--now MS] [--append]
 *
 * The database is DATABASE_URL (default ./data/turno.db); it must have no people yet unless
 * --append is given. The truth goes to FILE (default: the database path + .truth.json). Times
 * fall in the 240 days before --now (default: the current time); the same seed and --now give
 * the same data.
 */
import { writeFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { databasePath, openDatabase } from '../src/lib/server/db';
import { seedDatabase } from '../src/lib/server/db/seed';
import { generate } from '../src/lib/fraud/synthetic/generate';
import { countPeople, firstFreeIds, writeDataset } from '../src/lib/fraud/synthetic/write';

function wholeNumber(value: string | undefined, name: string, fallback?: number): number {
	if (value === undefined) {
		if (fallback === undefined) throw new Error(`--${name} is required`);
		return fallback;
	}
	const n = Number(value.replaceAll('_', ''));
	if (!Number.isSafeInteger(n) || n < 0)
		throw new Error(`--${name} needs a whole number, not ${value}`);
	return n;
}

function main(): void {
	const { values } = parseArgs({
		options: {
			people: { type: 'string' },
			seed: { type: 'string' },
			now: { type: 'string' },
			truth: { type: 'string' },
			append: { type: 'boolean', default: false }
		}
	});
	const people = wholeNumber(values.people, 'people');
	const seed = wholeNumber(values.seed, 'seed');
	const now = wholeNumber(values.now, 'now', Date.now());
	const append = values.append;
	const url = process.env.DATABASE_URL ?? './data/turno.db';
	const path = databasePath(url);
	const truthPath = values.truth ?? `${path}.truth.json`;

	const started = performance.now();
	const db = openDatabase(url);
	seedDatabase(db);
	const sqlite = db.$client;
	const existing = countPeople(sqlite);
	if (existing > 0 && !append) {
		sqlite.close();
		console.error(
			`${path} already has ${existing} people; use --append to add to them, or another DATABASE_URL`
		);
		process.exit(1);
	}
	// A bulk load: durability of each batch does not matter (a failed run is simply run again).
	sqlite.pragma('synchronous = OFF');
	sqlite.pragma('cache_size = -262144');
	sqlite.pragma('temp_store = MEMORY');

	const data = generate({ people, seed, now, firstIds: firstFreeIds(sqlite) });
	const generated = performance.now();
	writeDataset(sqlite, data);
	sqlite.pragma('wal_checkpoint(TRUNCATE)');
	sqlite.pragma('optimize');
	sqlite.close();
	const written = performance.now();
	writeFileSync(truthPath, JSON.stringify(data.truth));

	const requests = data.accounts.reduce((n, a) => n + a.requests.length, 0);
	const t = data.truth;
	console.log(
		`${people} people in ${data.accounts.length} accounts with ${requests} requests → ${path}`
	);
	console.log(
		`planted: ${t.sharedAddressRings.length} address rings, ${t.duplicatePairs.length} duplicate pairs, ` +
			`${t.velocity.accounts.length} busy accounts, ${t.velocity.phones.length} busy phones, ` +
			`${t.velocity.kiosks.length} busy kiosk, ${t.networkBursts.length} network bursts; ` +
			`${t.allowlistedShelters.length} shelters and ${t.legitimateSharedAddresses.length} sponsors (legitimate)`
	);
	console.log(`truth → ${truthPath}`);
	const mb = (statSync(path).size / 1e6).toFixed(1);
	console.log(
		`synthetic people=${people} generate_s=${((generated - started) / 1000).toFixed(2)} ` +
			`write_s=${((written - generated) / 1000).toFixed(2)} ` +
			`total_s=${((written - started) / 1000).toFixed(2)} db_mb=${mb}`
	);
}

main();
