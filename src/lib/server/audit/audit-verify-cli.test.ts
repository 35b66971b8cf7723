import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import { appendAudit } from './audit-log';

const run = promisify(execFile);
const temp = tempDatabase();
afterAll(() => temp.remove());

async function auditVerify(): Promise<{ code: number; stdout: string }> {
	try {
		const { stdout } = await run('npx', ['tsx', 'scripts/audit-verify.ts'], {
			env: { ...process.env, DATABASE_URL: temp.path }
		});
		return { code: 0, stdout };
	} catch (error) {
		const failed = error as { code: number; stdout: string };
		return { code: failed.code, stdout: failed.stdout };
	}
}

describe('npm run audit:verify', () => {
	it('says intact, then finds an edit made behind its back', async () => {
		for (let i = 1; i <= 3; i++) {
			appendAudit(
				temp.db,
				{ actor: { kind: 'staff', id: 1 }, action: 'staff.created', subject: `staff:${i}` },
				i
			);
		}
		const intact = await auditVerify();
		expect(intact.code).toBe(0);
		expect(intact.stdout).toMatch(/^audit entries=3 head=[0-9a-f]{64} intact$/m);

		const raw = new Database(temp.path);
		raw.exec('DROP TRIGGER audit_entry_append_only_update');
		raw.exec(`UPDATE audit_entry SET actor_id = '2' WHERE id = 2`);
		raw.close();
		const tampered = await auditVerify();
		expect(tampered.code).toBe(1);
		expect(tampered.stdout).toContain('audit TAMPERED edited at entry 2');
	}, 30_000);
});
