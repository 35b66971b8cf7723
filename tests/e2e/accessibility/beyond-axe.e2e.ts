import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { Applicant, samplePeople } from '../support/applicant';

/** Controls smaller than 44×44 px, except links inside running text (WCAG 2.5.5 exception). */
async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('a, button, input, select, audio[controls]')]
			.filter((el) => el.offsetParent !== null && !el.closest('p, .visually-hidden'))
			.filter((el) => !(el instanceof HTMLInputElement && el.type === 'hidden'))
			.map((el) => ({ el, box: el.getBoundingClientRect() }))
			.filter(({ box }) => box.width < 44 || box.height < 44)
			.map(
				({ el, box }) =>
					`${el.tagName.toLowerCase()}#${el.id}.${el.className} ${Math.round(box.width)}×${Math.round(box.height)} "${el.textContent?.trim().slice(0, 30)}"`
			)
	);
}

async function overflows(page: Page): Promise<boolean> {
	return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

for (const locale of ['en', 'zh', 'ar']) {
	test(`every control is at least 44×44 px (${locale})`, async ({ page }) => {
		const prefix = locale === 'en' ? '' : `/${locale}`;
		const applicant = new Applicant(page, prefix);
		const pages: string[] = [];
		const visit = async () => {
			pages.push(page.url());
			expect(await smallTargets(page), page.url()).toEqual([]);
		};
		await page.goto(`${prefix}/`);
		await visit();
		await page.goto(`${prefix}/start`);
		await visit();
		await applicant.start();
		await applicant.continue();
		await expect(page.locator('.error-summary')).toBeVisible();
		await visit();
		await applicant.groupSize(1);
		await applicant.person(samplePeople[0]!);
		await applicant.phone();
		await applicant.noAddress();
		await expect(page).toHaveURL(/register\/check$/);
		await visit();
		expect(pages).toHaveLength(4);
	});
}

test('text at 200 % loses nothing and needs no sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 640, height: 900 });
	for (const path of ['/ru/start', '/ru/register/group-size', '/ru/sign-in', '/allocation']) {
		await page.goto(path);
		await page.evaluate(() => (document.documentElement.style.fontSize = '225%'));
		expect(await overflows(page), path).toBe(false);
		// The question and the Listen button are still on screen.
		await expect(page.locator('main h1')).toBeVisible();
		await expect(page.locator('main .listen')).toBeVisible();
	}
});

test('every page of the journey has its own title', async ({ page }) => {
	const applicant = new Applicant(page);
	const titles: string[] = [];
	const note = async () => titles.push(await page.title());
	await page.goto('/');
	await note();
	await page.goto('/start');
	await note();
	await page.goto('/sign-in');
	await note();
	await applicant.start();
	await note();
	await applicant.groupSize(1);
	await expect(page).toHaveURL(/name$/);
	await note();
	await page.fill('#full_name', 'Ana');
	await applicant.continue();
	await expect(page).toHaveURL(/date-of-birth$/);
	await note();
	await page.fill('#dob-day', '1');
	await page.fill('#dob-month', '2');
	await page.fill('#dob-year', '1990');
	await applicant.continue();
	await expect(page).toHaveURL(/nationality$/);
	await note();
	await page.selectOption('#nationality', 'MX');
	await applicant.continue();
	await expect(page).toHaveURL(/phone$/);
	await note();
	await applicant.continue();
	await expect(page).toHaveURL(/address$/);
	await note();
	await applicant.continue();
	await expect(page).toHaveURL(/check$/);
	await note();
	expect(new Set(titles).size, titles.join(' | ')).toBe(titles.length);
});

test('with reduced motion asked for, nothing moves', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/start');
	const moving = await page.evaluate(
		() =>
			[...document.querySelectorAll('*')].filter((el) => {
				const s = getComputedStyle(el);
				return parseFloat(s.transitionDuration) > 0 || parseFloat(s.animationDuration) > 0;
			}).length
	);
	expect(moving).toBe(0);
});
