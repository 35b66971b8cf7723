/**
 * `npm run lighthouse`: audits the applicant start page and one registration step on the
 * built app (mobile emulation, Lighthouse's default throttling), and checks that the app is
 * installable. The last lines are one score line per page; the exit code is non-zero when a
 * score is below its threshold or the app is not installable.
 *
 * The server runs through scripts/start.js, so the app is rebuilt exactly when `npm start`
 * would rebuild it, on a free loopback port with its own temporary database.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const pages = ['/start', '/register/group-size'];
const categories = ['performance', 'accessibility', 'best-practices'];
const thresholds = { performance: 95, accessibility: 100, 'best-practices': 95 };
const runsPerPage = Math.max(1, Number.parseInt(process.env.LIGHTHOUSE_RUNS ?? '', 10) || 3);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
		probe.on('error', reject);
	});
}

async function startServer(dir) {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: join(dir, 'turno.db'),
			TURNO_KEY_DIR: join(dir, 'keys'),
			// A daily allocation in the middle of an audit would only add noise.
			ALLOCATION_SCHEDULER: 'off'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	// Build and start-up output is shown as it comes (a build takes a while, and a failure
	// explains itself); once the server answers, its output would only bury the results.
	let ready = false;
	const forward = (data) => {
		if (!ready) process.stderr.write(data);
	};
	child.stdout.on('data', forward);
	child.stderr.on('data', forward);
	const stop = () => {
		if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		return exited;
	};

	// Generous, because start.js may build first.
	const deadline = Date.now() + 5 * 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
		try {
			if ((await fetch(`${url}/api/health`)).ok) {
				ready = true;
				return { url, child, stop };
			}
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	await stop();
	throw new Error('server did not answer /api/health in time');
}

/**
 * Installability as Chromium itself judges it. A persistent profile, because an incognito
 * context is never installable.
 */
async function installabilityErrors(url, dir) {
	const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
		executablePath: chromiumPath,
		args: chromeFlags
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(url, { waitUntil: 'load' });
		// `ready` never settles when no worker registers, so it is bounded. A worker that never
		// activates is reported too: the app is meant to work offline, not just to install.
		const workerReady = await page.evaluate(() =>
			Promise.race([
				navigator.serviceWorker.ready.then(() => true),
				new Promise((resolve) => setTimeout(() => resolve(false), 15_000))
			])
		);
		const errors = await chromiumVerdict(context, page);
		return workerReady ? errors : ['service-worker-not-ready', ...errors];
	} finally {
		await context.close();
	}
}

async function chromiumVerdict(context, page) {
	const cdp = await context.newCDPSession(page);
	// The manifest and the worker are picked up asynchronously: ask again until the answer
	// is settled instead of judging the first, possibly premature, one.
	let errors = [];
	const deadline = Date.now() + 10_000;
	do {
		const manifest = await cdp.send('Page.getAppManifest');
		if (manifest.data) {
			const result = await cdp.send('Page.getInstallabilityErrors');
			errors = result.installabilityErrors.map((error) =>
				[error.errorId, ...error.errorArguments.map((a) => `${a.name}:${a.value}`)].join(':')
			);
			if (errors.length === 0) return [];
		} else {
			errors = ['manifest-not-loaded'];
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	} while (Date.now() < deadline);
	return errors;
}

function detailSummary(details) {
	const items = details?.items ?? [];
	const describe = (item) =>
		item.node?.snippet ??
		item.node?.selector ??
		item.source?.url ??
		item.url ??
		item.description ??
		item.label;
	return items
		.slice(0, 3)
		.map(describe)
		.filter(Boolean)
		.map((text) => String(text).replace(/\s+/g, ' ').slice(0, 160));
}

/** Scored audits that lost points, in the categories below a perfect score. */
function failingAudits(lhr) {
	const lines = [];
	for (const id of categories) {
		const category = lhr.categories[id];
		if (!category || category.score === 1) continue;
		for (const ref of category.auditRefs) {
			const audit = lhr.audits[ref.id];
			if (audit.score === null || audit.score >= 1) continue;
			if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
			const value = audit.displayValue ? ` (${audit.displayValue})` : '';
			lines.push(
				`  ${id} ${audit.id}: ${audit.title}${value} score=${Math.round(audit.score * 100)}`
			);
			for (const detail of detailSummary(audit.details)) lines.push(`    ${detail}`);
		}
	}
	return lines;
}

/**
 * Simulated throttling scales up the CPU time it observes, so another busy process on the
 * machine costs a single run several performance points; the median run is the stable one.
 * Accessibility and best practices do not vary between runs.
 */
async function medianRun(url, port) {
	const runs = [];
	for (let i = 0; i < runsPerPage; i++) {
		const result = await lighthouse(url, {
			port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: categories
		});
		if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
		runs.push(result.lhr);
	}
	const performance = (lhr) => lhr.categories.performance?.score ?? 0;
	runs.sort((a, b) => performance(a) - performance(b));
	return runs[Math.floor(runs.length / 2)];
}

const dir = mkdtempSync(join(tmpdir(), 'turno-lighthouse-'));
let server;
let chrome;
// The normal path stops everything in `finally`; this covers Ctrl-C and a killed run.
process.on('exit', () => {
	server?.child.kill('SIGTERM');
	chrome?.kill();
	rmSync(dir, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

let failed = false;
try {
	server = await startServer(dir);
	// Audit a warm server, as users meet it, not the first request after a start.
	for (const path of pages) await fetch(server.url + path);

	const errors = await installabilityErrors(`${server.url}/start`, dir);
	const installLine =
		errors.length === 0 ? 'installable=yes' : `installable=no errors=${errors.join(',')}`;
	if (errors.length > 0) failed = true;

	chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags,
		handleSIGINT: false
	});
	const scoreLines = [];
	for (const path of pages) {
		const lhr = await medianRun(server.url + path, chrome.port);
		if (lhr.runtimeError) console.log(`${path}: ${lhr.runtimeError.message}`);
		const scores = Object.fromEntries(
			categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])
		);
		if (categories.some((id) => scores[id] < thresholds[id])) failed = true;
		const failures = failingAudits(lhr);
		if (failures.length > 0) console.log(`${path} audits below 100:\n${failures.join('\n')}`);
		scoreLines.push(
			`lighthouse page=${path} performance=${scores.performance} ` +
				`accessibility=${scores.accessibility} best_practices=${scores['best-practices']}`
		);
	}

	console.log(installLine);
	for (const line of scoreLines) console.log(line);
} catch (error) {
	failed = true;
	console.error(error);
} finally {
	await chrome?.kill();
	chrome = undefined;
	await server?.stop();
	server = undefined;
	rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
