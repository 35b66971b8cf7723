/**
 * `npm test`: lint, type check, unit tests, a fresh build, then the end-to-end tests.
 * Prints how long each part took, and stops at the first failure.
 */
import { spawnSync } from 'node:child_process';

const steps = [
	['lint', ['npm', 'run', 'lint']],
	['type check', ['npm', 'run', 'check']],
	['unit tests', ['npx', 'vitest', 'run']],
	['translations', ['npm', 'run', '--silent', 'i18n:check']],
	['build', ['npx', 'vite', 'build']],
	['end-to-end tests', ['npx', 'playwright', 'test']]
];

const started = Date.now();
for (const [name, [command, ...args]] of steps) {
	const t0 = Date.now();
	console.log(`\n▶ ${name}`);
	const result = spawnSync(command, args, { stdio: 'inherit' });
	const seconds = ((Date.now() - t0) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`✗ ${name} failed after ${seconds}s`);
		process.exit(result.status ?? 1);
	}
	console.log(`✓ ${name} (${seconds}s)`);
}
console.log(`\nnpm test passed in ${((Date.now() - started) / 1000).toFixed(1)}s`);
