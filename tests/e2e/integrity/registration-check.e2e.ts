import Database from 'better-sqlite3';
import { test, expect } from '../support/fixtures';
import { httpClient, registerByHttp } from '../support/http-applicant';

function flags(dbPath: string) {
	const db = new Database(dbPath, { readonly: true });
	const rows = db.prepare('select kind, subjects, evidence, status from flag').all() as {
		kind: string;
		subjects: string;
		evidence: string;
		status: string;
	}[];
	const jobs = db
		.prepare("select channel, done_at, error from job where channel = 'integrity.registration'")
		.all() as {
		channel: string;
		done_at: number | null;
		error: string | null;
	}[];
	db.close();
	return { rows, jobs };
}

test('a new registration is checked as it arrives: the same person registered twice is flagged for review within seconds', async ({
	server
}) => {
	// One person, two accounts, the name typed with another apostrophe the second time.
	const first = await registerByHttp(await httpClient(server.url), "Ixchel K'iche' Tz'ul");
	const second = await registerByHttp(await httpClient(server.url), 'Ixchel Kʼicheʼ Tz’ul');
	expect(first.code).not.toBe(second.code);
	await expect
		.poll(() => flags(server.dbPath).jobs.filter((j) => j.done_at).length, { timeout: 15_000 })
		.toBe(2);
	const { rows, jobs } = flags(server.dbPath);
	expect(jobs.every((j) => j.error === null)).toBe(true);
	const duplicate = rows.find((r) => r.kind === 'duplicate_person');
	expect(duplicate, JSON.stringify(rows)).toBeTruthy();
	expect(duplicate!.status).toBe('open');
	expect(JSON.parse(duplicate!.subjects).accountIds).toHaveLength(2);
	const evidence = JSON.parse(duplicate!.evidence);
	const name = evidence.pairs[0].contributions.find((c: { field: string }) => c.field === 'name');
	expect(name.agreement).toBe('exact');
});
