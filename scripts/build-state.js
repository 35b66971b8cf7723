/**
 * Whether the build is older than its sources, and building: for `npm start` and the load
 * bench, which both serve build/ and must not serve a stale one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stamp = 'build/.built-at';
const sources = [
	'src',
	'messages',
	'static',
	'drizzle',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

function newestChange(path) {
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

export function needsBuild() {
	if (!existsSync('build/handler.js') || !existsSync(stamp)) return true;
	const builtAt = statSync(stamp).mtimeMs;
	return sources.some((source) => newestChange(source) > builtAt);
}

/** Runs vite build and stamps it; returns vite's exit status. */
export function runBuild(stdio = 'inherit') {
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio
	});
	if (result.status === 0) writeFileSync(stamp, new Date().toISOString());
	return result.status ?? 1;
}
