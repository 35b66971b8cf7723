/**
 * npm run fraud:eval [-- --truth FILE]
 *
 * Runs every detector over the database of DATABASE_URL (made by `npm run data:synthetic`)
 * without storing anything, and compares what they find with the planted truth. The last
 * lines are `fraud detector=NAME precision=P recall=R`, one per detector.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/lib/server/db';
import { config } from '../src/lib/server/config';
import { runFullPass } from '../src/lib/server/fraud/full-pass';
import { evaluate, type Truth } from '../src/lib/fraud/evaluate';

const { values } = parseArgs({ options: { truth: { type: 'string' } } });
const databaseFile = config.databaseUrl.replace(/^file:/, '');
const truth = JSON.parse(
	readFileSync(values.truth ?? `${databaseFile}.truth.json`, 'utf8')
) as Truth;

const db = openDatabase(config.databaseUrl);
const started = performance.now();
const pass = runFullPass(db, Date.now(), { store: false });
const seconds = (performance.now() - started) / 1000;
const report = evaluate(pass.findings, truth);
console.log(
	`fraud pass people=${pass.people} findings=${pass.findings.length} seconds=${seconds.toFixed(1)}`
);
for (const line of report.notes) console.log(`fraud ${line}`);
for (const d of report.detectors)
	console.log(
		`fraud detector=${d.detector} precision=${d.precision.toFixed(3)} recall=${d.recall.toFixed(3)}`
	);
