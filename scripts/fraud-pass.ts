/**
 * npm run fraud:pass
 *
 * Runs the integrity analytics' full pass over the database of DATABASE_URL now (the server
 * runs it nightly by itself) and stores what it finds as flags for review.
 */
import { openDatabase } from '../src/lib/server/db';
import { config } from '../src/lib/server/config';
import { runFullPass } from '../src/lib/server/fraud/full-pass';

const db = openDatabase(config.databaseUrl);
const started = performance.now();
const pass = runFullPass(db, Date.now());
const byKind = pass.findings.reduce<Record<string, number>>((acc, f) => {
	acc[f.kind] = (acc[f.kind] ?? 0) + 1;
	return acc;
}, {});
console.log(
	`fraud pass people=${pass.people} ${Object.entries(byKind)
		.map(([k, n]) => `${k}=${n}`)
		.join(
			' '
		)} added=${pass.stored?.added} refreshed=${pass.stored?.refreshed} reopened=${pass.stored?.reopened} seconds=${((performance.now() - started) / 1000).toFixed(1)}`
);
