/**
 * `npm start`: builds when the sources are newer than the last build, then serves.
 * The database is created, migrated and seeded by the server itself at start.
 */
import { needsBuild, runBuild } from './build-state.js';

if (process.env.TURNO_SKIP_BUILD !== '1' && needsBuild()) {
	console.log('Building Turno…');
	const status = runBuild();
	if (status !== 0) process.exit(status);
}

await import('./server.js');
