import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { nextWeek } from '../support/applicant';

/** Presses Tab (or Shift+Tab) until the focused element matches the selector. */
async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
	for (let i = 0; i < 60; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`could not reach ${selector} with ${key}`);
}

async function typeInto(page: Page, selector: string, text: string) {
	await tabTo(page, selector);
	await page.keyboard.type(text);
}

async function pressContinue(page: Page, key: 'Enter' | 'Space' = 'Enter') {
	await tabTo(page, 'main form button[type=submit]');
	await page.keyboard.press(key);
}

test('the whole journey can be done with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	await tabTo(page, 'main a[hreflang=en]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/start$/);
	await tabTo(page, 'main a.button--start');
	await page.keyboard.press('Enter');

	await typeInto(page, '#group_size', '1');
	// Shift+Tab goes back from the button to the field it belongs to.
	await tabTo(page, 'main form button[type=submit]');
	await tabTo(page, '#group_size', 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/person\/1\/name$/);

	await typeInto(page, '#full_name', "Ixchel K'iche'");
	await pressContinue(page, 'Space');
	await expect(page).toHaveURL(/date-of-birth$/);
	await typeInto(page, '#dob-day', '14');
	await typeInto(page, '#dob-month', '2');
	await typeInto(page, '#dob-year', '1991');
	await pressContinue(page);
	await expect(page).toHaveURL(/nationality$/);

	await tabTo(page, '#nationality');
	await page.keyboard.type('Guatemala');
	await expect(page.locator('#nationality')).toHaveValue('GT');
	await pressContinue(page);
	await expect(page).toHaveURL(/phone$/);
	await pressContinue(page);
	await expect(page).toHaveURL(/address$/);
	await pressContinue(page);
	await expect(page).toHaveURL(/check$/);
	await pressContinue(page);
	await expect(page).toHaveURL(/done$/);
	await expect(page.getByTestId('pin')).toHaveText(/^\d{6}$/);
	await pressContinue(page);
	await expect(page).toHaveURL(/request\/ports$/);

	await tabTo(page, '#port_1');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#port_1')).toHaveValue('san-ysidro');
	await tabTo(page, '#port_2');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#port_2')).toHaveValue('calexico');
	await pressContinue(page);
	await expect(page).toHaveURL(/request\/date$/);

	const travel = nextWeek();
	await typeInto(page, '#travel-day', travel.day);
	await typeInto(page, '#travel-month', travel.month);
	await typeInto(page, '#travel-year', travel.year);
	await pressContinue(page);
	await expect(page).toHaveURL(/request\/check$/);
	await pressContinue(page);
	await expect(page).toHaveURL(/status\?done=sent$/);
	await expect(page.locator('main')).toContainText('Waiting');
});

test('focus is visible on every control the keyboard reaches on the start page', async ({
	page
}) => {
	await page.goto('/start');
	// Tab once the page's script has taken over: on a loaded machine, pressing Tab while the
	// page hydrates measured the moment, not the focus styles.
	await expect(page.locator('html[data-scripted]')).toHaveCount(1);
	let reached = 0;
	for (let i = 0; i < 20; i++) {
		await page.keyboard.press('Tab');
		const style = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const s = getComputedStyle(el);
			return `${s.backgroundColor}|${s.boxShadow}|${s.outlineStyle}`;
		});
		if (style === null) break;
		reached++;
		// Every focused control turns focus-yellow or draws a solid outline.
		expect(style).toMatch(/rgb\(255, 221, 0\)|solid/);
	}
	expect(reached).toBeGreaterThanOrEqual(5);
});
