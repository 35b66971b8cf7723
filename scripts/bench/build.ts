/**
 * The build the bench serves: rebuilt when the sources are newer (as `npm start` does), then
 * copied aside, so that a build started elsewhere during the bench (tests build into build/
 * too) cannot pull files from under a running server.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const sources = [
	'src',
	'messages',
	'static',
	'drizzle',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts'
];

function newestChange(path: string): number {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let newest = info.mtimeMs;
	for (const entry of readdirSync(path)) {
		// The generated message modules change at every build; they are not a source.
		if (path === 'src/lib' && entry === 'paraglide') continue;
		newest = Math.max(newest, newestChange(join(path, entry)));
	}
	return newest;
}

const handler = 'build/handler.js';

/** Runs `npx vite build` when build/handler.js is missing or older than a source. */
export function ensureBuild(): void {
	const builtAt = existsSync(handler) ? statSync(handler).mtimeMs : 0;
	const changed = Math.max(...sources.map(newestChange));
	if (builtAt && builtAt >= changed) return;
	console.log(builtAt ? 'Sources changed since the last build: building…' : 'Building…');
	const result = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

/**
 * Copies build/ into `dir` and returns the copy's path, for TURNO_BUILD_DIR. The copy finds
 * the project's packages through a node_modules link beside it.
 */
export async function snapshotBuild(dir: string): Promise<string> {
	const copy = join(dir, 'build');
	for (let attempt = 1; ; attempt++) {
		const before = existsSync(handler) ? statSync(handler).mtimeMs : 0;
		try {
			if (before) cpSync('build', copy, { recursive: true, force: true });
		} catch {
			// a build elsewhere was replacing files: try again
		}
		const after = existsSync(handler) ? statSync(handler).mtimeMs : 0;
		if (before && before === after && existsSync(join(copy, 'handler.js'))) break;
		if (attempt === 10) throw new Error('build/ kept changing (another build running?)');
		console.log('build/ is being rebuilt elsewhere: waiting for it…');
		await new Promise((r) => setTimeout(r, 10_000));
	}
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	return copy;
}
