import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { messagesOf } from '../support/messages';
import { underServiceWorker } from '../support/offline';

const en = messagesOf('en');

/**
 * A copy of the build whose service worker differs by a comment: a new release. Inside the
 * project (tests/.tmp, ignored by git), so the server's packages resolve from node_modules.
 */
function nextRelease(): string {
	mkdirSync('tests/.tmp', { recursive: true });
	const dir = join(mkdtempSync(join('tests/.tmp', 'release-')), 'build');
	cpSync('build', dir, { recursive: true });
	const worker = join(dir, 'client', 'service-worker.js');
	writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// next release\n`);
	for (const packed of ['.gz', '.br']) rmSync(worker + packed, { force: true });
	return dir;
}

test('a new version is offered, and updating keeps what was being typed', async ({
	page,
	server
}) => {
	await page.goto('/register/group-size');
	await underServiceWorker(page);
	await page.fill('#group_size', '3');

	const release = nextRelease();
	try {
		await server.kill();
		await server.restart({ TURNO_BUILD_DIR: release });
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		const update = page.getByRole('button', { name: en.update_reload });
		await expect(update).toBeVisible({ timeout: 10_000 });
		await expect(page.locator('main')).toContainText(en.update_ready!);
		// Nothing was lost while the offer waited.
		await expect(page.locator('#group_size')).toHaveValue('3');

		const reloaded = page.waitForEvent('load');
		await update.click();
		await reloaded;
		await expect(update).toBeHidden();
		await expect(page.locator('#group_size')).toHaveValue('3');
	} finally {
		await server.kill();
		await server.restart();
		rmSync(join(release, '..'), { recursive: true, force: true });
	}
});
