/** Runs the project's CLI scripts (tsx) against a test server's database. */
import { spawn } from 'node:child_process';

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
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: process.env.ALLOCATION_TIMEZONE ?? 'America/Chicago',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(now);
}

export function addDaysIso(iso: string, days: number): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
