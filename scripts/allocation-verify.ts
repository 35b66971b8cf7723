/**
 * npm run allocation:verify -- <file or URL of a published run>
 * Prints MATCH when the published offers are exactly what the algorithm gives for the
 * published inputs and the revealed seed; otherwise the first difference (exit code 1).
 */
import { readFileSync } from 'node:fs';
import { verifyPublishedRun, type PublishedRun } from '../src/lib/server/allocation/published-run';

async function load(source: string): Promise<PublishedRun> {
	if (/^https?:\/\//.test(source)) return (await fetch(source)).json() as Promise<PublishedRun>;
	return JSON.parse(readFileSync(source, 'utf8')) as PublishedRun;
}

const source = process.argv[2];
if (!source) {
	console.error('usage: npm run allocation:verify -- <published-run.json or URL>');
	process.exit(2);
}
const result = verifyPublishedRun(await load(source));
if (result.match) {
	console.log('MATCH');
} else {
	console.log(`DIFFERENT: ${result.difference}`);
	process.exit(1);
}
