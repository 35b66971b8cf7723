/** Runs the project's CLI scripts (tsx) against a test server's database. */
import { spawn } from 'node:child_process';
import { dateInZone } from '../../../src/lib/server/allocation/schedule';

export type CliResult = { code: number; stdout: string; stderr: string };

export function runCli(script: string, args: string[], dbPath: string): Promise<CliResult> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
			env: { ...process.env, DATABASE_URL: dbPath }
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
	});
}

/** Today's date where the allocation runs (America/Chicago by default). */
export function allocationToday(now = Date.now()): string {
	return dateInZone(now, process.env.ALLOCATION_TIMEZONE ?? 'America/Chicago');
}

/** The app's own calendar arithmetic. */
export { addDays as addDaysIso } from '../../../src/lib/schemas/date-parts';
