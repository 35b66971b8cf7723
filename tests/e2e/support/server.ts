/**
 * Starts the built server (scripts/server.js) on a free port with its own SQLite file,
 * and can kill it with SIGKILL and start it again on the same file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RunningServer = {
	url: string;
	dbPath: string;
	/** SIGKILL: no clean shutdown, as in a crash. */
	kill: () => Promise<void>;
	/** Starts the server again on the same port and database (with more settings, if given). */
	restart: (moreEnv?: Record<string, string>) => Promise<void>;
	stop: () => Promise<void>;
	/** Everything the server printed since it last started. */
	output: () => string;
	/** The server's process id (with TURNO_PROCESSES > 1, the cluster's primary). */
	pid: () => number;
};

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

async function waitForHealth(
	url: string,
	child: ChildProcess,
	output: () => string
): Promise<void> {
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited: ${output()}`);
		try {
			const response = await fetch(`${url}/api/health`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`server did not start: ${output()}`);
}

function exited(child: ChildProcess): Promise<void> {
	return child.exitCode !== null || child.signalCode !== null
		? Promise.resolve()
		: new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * A daily cutoff twelve hours from now, so the server's own scheduler never runs an
 * allocation in the middle of a test (tests run the CLI when they want a run).
 */
function cutoffFarFromNow(): string {
	const hour = new Intl.DateTimeFormat('en-US', {
		timeZone: process.env.ALLOCATION_TIMEZONE ?? 'America/Chicago',
		hour: 'numeric',
		hourCycle: 'h23'
	}).format(Date.now());
	return `${String((Number(hour) + 12) % 24).padStart(2, '0')}:00`;
}

export async function startServer(
	env: Record<string, string> = {},
	/** Another server's database file, to run several processes on one database. */
	sharedDbPath?: string
): Promise<RunningServer> {
	const dir = mkdtempSync(join(tmpdir(), 'turno-e2e-'));
	const dbPath = sharedDbPath ?? join(dir, 'turno.db');
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let child: ChildProcess;
	let log = '';

	const launch = async (moreEnv: Record<string, string> = {}) => {
		log = '';
		child = spawn(process.execPath, ['scripts/server.js'], {
			env: {
				...process.env,
				ALLOCATION_CUTOFF: cutoffFarFromNow(),
				// Every test browser comes from 127.0.0.1: the per-network limits would stop a file's
				// registrations. The limits' own test sets them low again.
				REGISTRATIONS_PER_NETWORK_HOUR: '100000',
				REGISTRATIONS_PER_NETWORK_HOUR_WITHOUT_PROOF: '100000',
				REQUESTS_PER_NETWORK_HOUR: '100000',
				...env,
				...moreEnv,
				PORT: String(port),
				HOST: '127.0.0.1',
				DATABASE_URL: dbPath
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout?.on('data', (d) => (log += d));
		child.stderr?.on('data', (d) => (log += d));
		await waitForHealth(url, child, () => log);
	};
	await launch();

	return {
		url,
		dbPath,
		kill: async () => {
			child.kill('SIGKILL');
			await exited(child);
		},
		restart: (moreEnv) => launch(moreEnv),
		output: () => log,
		pid: () => child.pid!,
		stop: async () => {
			child.kill('SIGTERM');
			await exited(child);
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
