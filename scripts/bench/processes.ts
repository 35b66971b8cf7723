/**
 * The servers under load, as child processes that never outlive the bench: each is the
 * leader of its own process group (so cluster workers go with it), every one is killed on
 * exit, Ctrl-C included, and the temporary directories are removed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
const onInterrupt = new Set<() => void>();

export function removeOnExit(dir: string): void {
	tempDirs.add(dir);
}

export function removeNow(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	tempDirs.delete(dir);
}

/** Something to stop first on Ctrl-C (the load generator). */
export function onInterruption(stop: () => void): () => void {
	onInterrupt.add(stop);
	return () => onInterrupt.delete(stop);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals, evenIfLeaderExited = false): void {
	const leaderExited = child.exitCode !== null || child.signalCode !== null;
	if (child.pid === undefined || (leaderExited && !evenIfLeaderExited)) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// already gone
	}
}

function cleanUpNow(): void {
	for (const child of children) killGroup(child, 'SIGKILL');
	children.clear();
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
	tempDirs.clear();
}

let interrupted = false;
export function installCleanup(): void {
	process.on('exit', cleanUpNow);
	const stop = (signal: NodeJS.Signals) => {
		if (interrupted) return;
		interrupted = true;
		console.error(`\n${signal}: stopping the load and the servers`);
		for (const fn of onInterrupt) fn();
		// SIGTERM first, so the server closes its database; then whatever is left is killed.
		for (const child of children) killGroup(child, 'SIGTERM');
		setTimeout(() => process.exit(130), 2_000).unref();
		Promise.all([...children].map((child) => exited(child))).then(() => process.exit(130));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

function exited(child: ChildProcess): Promise<void> {
	return child.exitCode !== null || child.signalCode !== null
		? Promise.resolve()
		: new Promise((resolve) => child.once('exit', () => resolve()));
}

export function freePort(): Promise<number> {
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

export type Running = {
	pid: number;
	url: string;
	/** What it printed (the last 200 kB). */
	output: () => string;
	stop: () => Promise<void>;
};

function start(
	args: string[],
	env: NodeJS.ProcessEnv,
	url: string
): { child: ChildProcess; running: Running } {
	const child = spawn(process.execPath, args, {
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	children.add(child);
	let log = '';
	const keep = (chunk: Buffer) => {
		log += chunk.toString();
		if (log.length > 400_000) log = log.slice(-200_000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const running: Running = {
		pid: child.pid!,
		url,
		output: () => log,
		stop: async () => {
			killGroup(child, 'SIGTERM');
			const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
			await exited(child);
			clearTimeout(timer);
			// Workers still finishing their shutdown go with the group.
			killGroup(child, 'SIGKILL', true);
			children.delete(child);
		}
	};
	return { child, running };
}

async function until(
	what: string,
	ready: () => Promise<boolean> | boolean,
	child: ChildProcess,
	output: () => string,
	timeoutMs: number
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null)
			throw new Error(`${what}: the process exited\n${output().slice(-4000)}`);
		if (await ready()) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${what}: not ready after ${timeoutMs / 1000} s\n${output().slice(-4000)}`);
}

/**
 * Turno as deployed behind a proxy: one address per person from X-Forwarded-For, its own
 * origin, a fresh database. The allocation scheduler is off so that no daily run (whose time
 * depends on the clock) lands in the middle of a measurement.
 */
export async function startTurno(options: {
	port: number;
	databasePath: string;
	buildDir: string;
	processes: number;
}): Promise<Running> {
	const url = `http://127.0.0.1:${options.port}`;
	const { child, running } = start(
		['scripts/server.js'],
		{
			...process.env,
			NODE_ENV: 'production',
			PORT: String(options.port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			DATABASE_URL: options.databasePath,
			TURNO_BUILD_DIR: options.buildDir,
			TURNO_PROCESSES: String(options.processes),
			ALLOCATION_SCHEDULER: 'off'
		},
		url
	);
	const healthy = async () => {
		try {
			return (await fetch(`${url}/api/health`)).ok;
		} catch {
			return false;
		}
	};
	await until('Turno', healthy, child, running.output, 60_000);
	// With several processes the first one answers before the others listen; the primary says
	// when all of them do. A server that does not run several processes never says it: after a
	// while the bench goes on with what there is (the report counts the processes).
	if (options.processes > 1) {
		const all = `(${options.processes} processes)`;
		const deadline = Date.now() + 30_000;
		while (!running.output().includes(all) && Date.now() < deadline) {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return running;
}

const helloWorld = `
const server = require('node:http').createServer((req, res) => {
	res.writeHead(200, { 'content-type': 'text/plain' });
	res.end('Hello, world!\\n');
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
`;

/** A bare node:http hello world: what this machine and this load generator can do at most. */
export async function startHello(port: number): Promise<Running> {
	const url = `http://127.0.0.1:${port}`;
	const { child, running } = start(['-e', helloWorld], { ...process.env, PORT: String(port) }, url);
	await until(
		'hello world',
		() => running.output().includes('ready'),
		child,
		running.output,
		10_000
	);
	return running;
}

const clockTicks = 100; // CLK_TCK, 100 on Linux

type ProcInfo = { ppid: number; cpuTicks: number };

function procInfo(pid: number): ProcInfo | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name is in parentheses and may hold spaces: fields count from after it.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
	} catch {
		return null;
	}
}

/** The process and all its descendants (cluster workers), from one walk of /proc. */
export function processTree(root: number): number[] {
	const byParent = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		const pid = Number(name);
		if (!Number.isInteger(pid)) continue;
		const info = procInfo(pid);
		if (!info) continue;
		const siblings = byParent.get(info.ppid);
		if (siblings) siblings.push(pid);
		else byParent.set(info.ppid, [pid]);
	}
	const tree = [root];
	for (let i = 0; i < tree.length; i++) tree.push(...(byParent.get(tree[i]!) ?? []));
	return tree;
}

function rssKb(pid: number): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
	} catch {
		return 0;
	}
}

/** CPU seconds used so far by the process and its descendants. */
export function cpuSeconds(pids: readonly number[]): number {
	return pids.reduce((sum, pid) => sum + (procInfo(pid)?.cpuTicks ?? 0), 0) / clockTicks;
}

/**
 * Samples the resident memory of a process and its descendants, summed, every 200 ms. The
 * descendants are looked up again every second (a worker that died is replaced), not at
 * every sample: walking all of /proc five times a second would cost the load generator.
 */
export function sampleRss(root: number): { stop: () => { peakMb: number; processes: number } } {
	let pids = processTree(root);
	let peakKb = 0;
	let most = pids.length;
	let samples = 0;
	const sample = () => {
		if (++samples % 5 === 0) pids = processTree(root);
		most = Math.max(most, pids.length);
		peakKb = Math.max(
			peakKb,
			pids.reduce((sum, pid) => sum + rssKb(pid), 0)
		);
	};
	sample();
	const timer = setInterval(sample, 200);
	return {
		stop: () => {
			clearInterval(timer);
			return { peakMb: peakKb / 1024, processes: most };
		}
	};
}
