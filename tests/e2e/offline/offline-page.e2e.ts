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
		// Installed means the offline pages are stored.
		for (
			let i = 0;
			i < 100 && !(await caches.keys()).some((k) => k.startsWith('turno-offline-'));
			i++
		) {
			await new Promise((r) => setTimeout(r, 100));
		}
	});
	await page.reload();
	await context.setOffline(true);
	for (const locale of ['ht', 'ar', 'zh']) {
		await page.goto(`/${locale}/register/group-size`);
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

test('pages are never stored by the service worker', async ({ page }) => {
	await page.goto('/start');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.goto('/sign-in');
	const stored = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) {
			if (name.startsWith('turno-offline-')) continue;
			for (const request of await (await caches.open(name)).keys())
				urls.push(new URL(request.url).pathname);
		}
		return urls.filter((u) => !u.startsWith('/_app/') && !u.startsWith('/audio/'));
	});
	expect(stored).toEqual([]);
});
