import { test, expect } from '../support/fixtures';
import { Applicant } from '../support/applicant';

/**
 * On a slow phone the page is usable before its script arrives. What the person types or
 * chooses in that time must survive when the script takes over (hydration).
 */
// Scripts are held back with page.route, which a service worker would bypass.
test.use({ serviceWorkers: 'block' });

test('typing and choosing before the script loads is kept after it loads', async ({ page }) => {
	const applicant = new Applicant(page);
	await applicant.start();
	await applicant.groupSize(1);
	await page.fill('#full_name', 'Ana Lucía Gómez');
	await applicant.continue();
	await page.fill('#dob-day', '9');
	await page.fill('#dob-month', '9');
	await page.fill('#dob-year', '1999');
	await applicant.continue();
	await expect(page).toHaveURL(/nationality$/);

	// Hold every script until released, then load the pages fresh.
	let release: () => void = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await gate;
		await route.continue();
	});

	await page.goto('/register/person/1/nationality', { waitUntil: 'domcontentloaded' });
	await page.selectOption('#nationality', 'HN');
	expect(await page.locator('html[data-scripted]').count()).toBe(0);
	release();
	await page.waitForSelector('html[data-scripted]');
	await expect(page.locator('#nationality')).toHaveValue('HN');

	let releaseAgain: () => void = () => {};
	const gateAgain = new Promise<void>((resolve) => (releaseAgain = resolve));
	await page.unroute('**/_app/immutable/**/*.js');
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await gateAgain;
		await route.continue();
	});
	await page.goto('/register/person/1/name', { waitUntil: 'domcontentloaded' });
	await page.fill('#full_name', 'Ana Lucía Gómez Pérez');
	expect(await page.locator('html[data-scripted]').count()).toBe(0);
	releaseAgain();
	await page.waitForFunction(
		() =>
			(window as unknown as { __sveltekit_started?: boolean }).__sveltekit_started !== undefined ||
			document.readyState === 'complete'
	);
	await page.waitForTimeout(500);
	await expect(page.locator('#full_name')).toHaveValue('Ana Lucía Gómez Pérez');
	await applicant.continue();
	await expect(page).toHaveURL(/date-of-birth$/);
	await page.getByRole('link', { name: 'Back' }).click();
	await expect(page.locator('#full_name')).toHaveValue('Ana Lucía Gómez Pérez');
});

test('moving between people never shows the previous person’s answer', async ({ page }) => {
	const applicant = new Applicant(page);
	await applicant.start();
	await applicant.groupSize(2);
	await applicant.person({
		name: 'Primera Persona',
		day: '1',
		month: '1',
		year: '1980',
		nationality: 'MX'
	});
	await expect(page).toHaveURL(/person\/2\/name$/);
	await expect(page.locator('#full_name')).toHaveValue('');
	await page.fill('#full_name', 'Segunda Persona');
	await applicant.continue();
	await expect(page).toHaveURL(/person\/2\/date-of-birth$/);
	await expect(page.locator('#dob-day')).toHaveValue('');
});

test('someone on the Listen player when the script arrives stays on it, as the Listen button', async ({
	page
}) => {
	let release: () => void = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await gate;
		await route.continue();
	});
	await page.goto('/start', { waitUntil: 'domcontentloaded' });
	// Before the script: the browser's own player, reached with the keyboard.
	for (let i = 0; i < 10; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.tagName === 'AUDIO')) break;
	}
	expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('AUDIO');
	release();
	await page.waitForSelector('html[data-scripted]');
	await expect(page.locator('.listen__button')).toBeFocused();
});
