import { test, expect } from '../support/fixtures';
import { messagesOf } from '../support/messages';
import { expectNoAxeViolations } from '../support/axe';

test('offline, a page opens as the offline page in the current language', async ({
	page,
	context
}) => {
	await page.goto('/ht/start');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		// Installed means the offline pages of every language are stored.
		for (let i = 0; i < 100 && !(await caches.match('/quc/offline')); i++) {
			await new Promise((r) => setTimeout(r, 100));
		}
	});
	await page.reload();
	await context.setOffline(true);
	for (const locale of ['ht', 'ar', 'zh']) {
		await page.goto(`/${locale}/sign-in`);
		await expect(page.locator('h1')).toHaveText(messagesOf(locale).offline_title!);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expectNoAxeViolations(page, `offline page ${locale}`);
	}
	await context.setOffline(false);
	await page.goto('/ht/register/group-size');
	await expect(page.locator('#group_size')).toBeVisible();
	// Fetching the offline pages in the background chose no language.
	await page.goto('/');
	await expect(page.locator('main a.button--start')).toHaveText('Kreyòl ayisyen');
});

test("the page's language's Listen audio is stored ahead, in one format only", async ({ page }) => {
	await page.goto('/ht/start');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	const manifest = (await (await page.request.get('/audio/manifest.json')).json()) as {
		prompts: Record<string, Record<string, unknown>>;
	};
	const expected = Object.keys(manifest.prompts.ht!).length;
	const stored = () =>
		page.evaluate(async () => {
			const cache = await caches.open('turno-audio');
			return (await cache.keys()).map((r) => new URL(r.url).pathname);
		});
	await expect.poll(async () => (await stored()).length, { timeout: 20_000 }).toBe(expected);
	const files = await stored();
	expect(files.every((f) => f.startsWith('/audio/ht/') && f.endsWith('.opus'))).toBe(true);
});
