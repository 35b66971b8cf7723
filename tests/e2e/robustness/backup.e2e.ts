import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { runCli } from '../support/cli';
import { expectRedirect, httpClient, post, registerByHttp } from '../support/http-applicant';

test('an online backup taken while the server runs, restored, serves the same data', async ({
	server
}) => {
	const before = await registerByHttp(await httpClient(server.url), 'Ana Backup');
	const dir = mkdtempSync(join(tmpdir(), 'turno-backups-'));
	const backup = await runCli('scripts/backup.ts', ['--to', dir], server.dbPath);
	expect(backup.code, backup.stderr).toBe(0);
	const file = /^backup (\S+) bytes=\d+ integrity=ok$/m.exec(backup.stdout)?.[1];
	expect(file, backup.stdout).toMatch(/turno-\d{8}T\d{6}Z\.db$/);

	// After the backup: another registration, which the restore takes away.
	const after = await registerByHttp(await httpClient(server.url), 'Luis After');

	// A damaged file is refused, and the database is left as it was.
	const damaged = join(dir, 'damaged.db');
	writeFileSync(damaged, 'not a database');
	await server.kill();
	const refused = await runCli('scripts/restore.ts', ['--from', damaged, '--yes'], server.dbPath);
	expect(refused.code).toBe(1);
	expect(refused.stderr).toContain('restore refused');
	const unconfirmed = await runCli('scripts/restore.ts', ['--from', file!], server.dbPath);
	expect(unconfirmed.code).toBe(2);

	const restored = await runCli('scripts/restore.ts', ['--from', file!, '--yes'], server.dbPath);
	expect(restored.code, restored.stderr).toBe(0);
	await server.restart();

	const ana = await httpClient(server.url);
	await expectRedirect(await post(ana, '/sign-in', before), /status$/);
	const luis = await httpClient(server.url);
	const gone = await post(luis, '/sign-in', after);
	expect(gone.status()).toBe(400);
});
