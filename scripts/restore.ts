/**
 * npm run restore -- --from FILE --yes
 *
 * Puts a backup in place of the database of DATABASE_URL. Stop the server first. The backup
 * is checked before anything is replaced; `--yes` says you mean to replace the database.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../src/lib/server/config';
import { databasePath } from '../src/lib/server/db';
import { restoreDatabase } from '../src/lib/server/backup/backup';

const { values } = parseArgs({ options: { from: { type: 'string' }, yes: { type: 'boolean' } } });
if (!values.from || !values.yes) {
	console.error('usage: npm run restore -- --from FILE --yes   (stop the server first)');
	process.exit(2);
}
const file = resolve(databasePath(config.databaseUrl));
try {
	restoreDatabase(values.from, file);
} catch (error) {
	console.error(`restore refused: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
console.log(`restored ${values.from} → ${file}`);
