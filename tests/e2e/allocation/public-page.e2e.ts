import { createHash } from 'node:crypto';
import { test, expect } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { httpClient, registerByHttp } from '../support/http-applicant';
import { runCli } from '../support/cli';

test('the seed fingerprint is public before the draw and matches the seed revealed after', async ({
	page,
	server
}) => {
	await page.goto('/allocation');
	await expect(page.locator('main')).toContainText('No draw has run yet.');
	const commitment = (await page.getByTestId('seed-commitment').textContent())?.trim() ?? '';
	expect(commitment).toMatch(/^[0-9a-f]{64}$/);
	await expectNoAxeViolations(page, 'allocation page before a draw');

	// Which date the fingerprint is for: the public JSON of the committed run says.
	const client = await httpClient(server.url);
	await registerByHttp(client);
	const committed = /The draw on (.+) at/.exec((await page.locator('main').textContent()) ?? '');
	expect(committed).not.toBeNull();
	const runDate = await page.evaluate(async () => {
		for (let d = -1; d <= 2; d++) {
			const date = new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
			const r = await fetch(`/api/allocation/${date}`);
			if (r.ok && (await r.json()).status === 'committed') return date;
		}
		return null;
	});
	expect(runDate).not.toBeNull();
	const before = await (await fetch(`${server.url}/api/allocation/${runDate}`)).json();
	expect(before).toEqual(
		expect.objectContaining({ status: 'committed', seedCommitment: commitment })
	);
	expect(before.seed).toBeUndefined();

	const run = await runCli('scripts/allocate.ts', ['--date', runDate!], server.dbPath);
	expect(run.code, run.stderr).toBe(0);
	const after = await (await fetch(`${server.url}/api/allocation/${runDate}`)).json();
	expect(createHash('sha256').update(Buffer.from(after.seed, 'hex')).digest('hex')).toBe(
		commitment
	);

	for (const prefix of ['', '/es']) {
		await page.goto(`${prefix}/allocation`);
		await expect(page.locator('table').first()).toBeVisible();
		await expectNoAxeViolations(page, `allocation page after a draw (${prefix || 'en'})`);
	}
});
