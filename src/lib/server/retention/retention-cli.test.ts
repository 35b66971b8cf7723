import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import { account, person } from '../db/schema';

const run = promisify(execFile);
const temp = tempDatabase();
afterAll(() => temp.remove());

async function retention(
	args: string[],
	env: Record<string, string> = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run('npx', ['tsx', 'scripts/retention.ts', ...args], {
			env: { ...process.env, DATABASE_URL: temp.path, ...env }
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

const accounts = () => temp.db.select().from(account).all().length;

describe('npm run retention', () => {
	it('prints counts, purges nothing in a dry run, then purges', async () => {
		const accountId = temp.db
			.insert(account)
			.values({
				bookingCode: 'CLI-000-001',
				pinHash: 'x',
				locale: 'en',
				channel: 'self',
				createdAt: Date.parse('2024-01-10T12:00:00Z')
			})
			.returning({ id: account.id })
			.get().id;
		temp.db
			.insert(person)
			.values({
				accountId,
				position: 1,
				fullName: 'Cli Person',
				dateOfBirth: '1990-01-01',
				nationality: 'GT'
			})
			.run();
		const when = ['--now', '2025-06-01T12:00:00-05:00'];

		const dry = await retention(['--dry-run', ...when]);
		expect(dry.code).toBe(0);
		expect(dry.stdout).toContain('rule: 90 days after the last appointment, 365 days without use');
		expect(dry.stdout).toContain('retention 2025-06-01 (dry run, nothing deleted): accounts=1');
		expect(dry.stdout).toContain('purged after_appointment=0 inactive=1');
		expect(dry.stdout).toContain('would remove accounts=1 people=1');
		expect(dry.stdout).not.toContain('Cli Person');
		expect(accounts()).toBe(1);

		const real = await retention(when);
		expect(real.code).toBe(0);
		expect(real.stdout).toContain('removed accounts=1 people=1');
		expect(accounts()).toBe(0);

		const wrong = await retention(when, { RETENTION_DAYS_INACTIVE: '0' });
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain('RETENTION_DAYS_INACTIVE');
		const badClock = await retention(['--now', 'tomorrow']);
		expect(badClock.code).toBe(2);
	}, 60_000);
});
