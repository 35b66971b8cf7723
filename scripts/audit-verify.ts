/**
 * npm run audit:verify — checks the audit log's hash chain in the database (DATABASE_URL).
 * Prints `audit entries=N intact`, or the first entry edited, inserted or deleted (exit 1).
 * Keep the printed head hash somewhere else too (a backup, a report): with it, even someone
 * who rewrote the whole chain and its head can be caught.
 */
import { openDatabase } from '../src/lib/server/db';
import { config } from '../src/lib/server/config';
import { verifyAuditLog } from '../src/lib/server/audit/audit-log';
import { auditHead } from '../src/lib/server/db/schema';

const db = openDatabase(config.databaseUrl);
const head = db.select().from(auditHead).get();
const problem = verifyAuditLog(db);
db.$client.close();
if (!problem) {
	console.log(`audit entries=${head?.lastId ?? 0} head=${head?.lastHash ?? 'none'} intact`);
} else {
	const where = 'id' in problem ? `entry ${problem.id}` : `the end (head ${problem.headId})`;
	console.log(`audit TAMPERED ${problem.kind} at ${where}`);
	process.exit(1);
}
