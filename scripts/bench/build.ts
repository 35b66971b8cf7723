/**
 * The build the bench serves: rebuilt when the sources are newer (as `npm start` does), then
 * copied aside, so that a build started elsewhere during the bench (tests build into build/
 * too) cannot pull files from under a running server.
 */
import { cpSync, existsSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { needsBuild, runBuild } from '../build-state.js';

const handler = 'build/handler.js';

/** Builds when build/ is missing or older than a source, as `npm start` does. */
export function ensureBuild(): void {
	if (!needsBuild()) return;
	console.log('Sources changed since the last build: building…');
	const status = runBuild(['ignore', 'ignore', 'inherit']);
	if (status !== 0) throw new Error(`vite build failed (exit ${status})`);
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
