import { test, expect } from '../support/fixtures';

test('the language page offers the language used last, and comes back to the same page', async ({
	page
}) => {
	await page.goto('/ht/start');
	await page.goto('/');
	const remembered = page.locator('main a.button--start');
	await expect(remembered).toHaveText('Kreyòl ayisyen');
	await expect(remembered).toHaveAttribute('hreflang', 'ht');
	await expect(remembered).toHaveAttribute('lang', 'ht');

	await page.goto('/ht/register/group-size');
	await page.locator('header a[href*="next="]').click();
	await expect(page).toHaveURL(/\/ht\/?\?next=%2Fregister%2Fgroup-size$/);
	for (const [code, name] of [
		['ar', 'العربية'],
		['zh', '中文（简体）'],
		['pa', 'ਪੰਜਾਬੀ']
	]) {
		const link = page.locator('main ul').getByRole('link', { name, exact: true });
		await expect(link).toHaveAttribute('lang', code!);
		await expect(link).toHaveAttribute('hreflang', code!);
	}
	await page.locator('main ul').getByRole('link', { name: 'Français', exact: true }).click();
	await expect(page).toHaveURL(/\/fr\/register\/group-size$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a next page that is not a Turno path is ignored', async ({ page }) => {
	await page.goto('/?next=//evil.example/x');
	await expect(page.locator('main ul a').first()).toHaveAttribute('href', '/start');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the Listen audio is the browser’s own player', async ({ page }) => {
		await page.goto('/es/start');
		const player = page.locator('.listen audio[controls]');
		await expect(player).toBeVisible();
		await expect(player.locator('source[type="audio/ogg; codecs=opus"]')).toHaveAttribute(
			'src',
			/^\/audio\/es\/[0-9a-f]{16}\.opus$/
		);
		await expect(player.locator('source[type="audio/mpeg"]')).toHaveAttribute('src', /\.mp3$/);
	});
});
