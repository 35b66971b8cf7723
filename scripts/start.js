/**
 * `npm start`: builds when the sources are newer than the last build, then serves.
 * The database is created, migrated and seeded by the server itself at start.
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

function needsBuild() {
	if (!existsSync('build/handler.js') || !existsSync(stamp)) return true;
	const builtAt = statSync(stamp).mtimeMs;
	return sources.some((source) => newestChange(source) > builtAt);
}

if (process.env.TURNO_SKIP_BUILD !== '1' && needsBuild()) {
	console.log('Building Turno…');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'inherit'
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
	writeFileSync(stamp, new Date().toISOString());
}

await import('./server.js');
