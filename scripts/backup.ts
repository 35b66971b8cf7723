/**
 * npm run backup [-- --to DIR]
 *
 * An online backup of the database of DATABASE_URL (the server may keep running) to
 * DIR/turno-<UTC time>.db, checked with SQLite's integrity check. DIR defaults to
 * `backups/` beside the database.
 */
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../src/lib/server/config';
import { databasePath } from '../src/lib/server/db';
import { backupDatabase, sizeOf } from '../src/lib/server/backup/backup';

const { values } = parseArgs({ options: { to: { type: 'string' } } });
const file = resolve(databasePath(config.databaseUrl));
const target = await backupDatabase(file, values.to ?? join(dirname(file), 'backups'));
console.log(`backup ${target} bytes=${sizeOf(target)} integrity=ok`);
console.log(`Keep ${config.keyDir} and ${config.recordingsDir} too: they are not in the database.`);
