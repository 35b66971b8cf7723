import { test, expect } from '../support/fixtures';
import { Applicant, nextWeek, samplePeople } from '../support/applicant';
import { firstLoadBytes, type Weight } from '../support/page-weight';

/** Target from docs/ARCHITECTURE.md: ≤ 50 KB of JS + CSS, compressed, on a first load. */
const budgetBytes = 50 * 1024;

test('every applicant page loads at most 50 KB of compressed JS and CSS', async ({
	page,
	context,
	browser
}) => {
	const weights: Record<string, Weight> = {};
	const measure = async () => {
		const path = new URL(page.url()).pathname;
		weights[path] = await firstLoadBytes(browser, context, page.url());
	};
	const applicant = new Applicant(page);

	await page.goto('/');
	await measure();
	await page.goto('/sign-in');
	await measure();
	await page.goto('/start');
	await measure();
	await applicant.start();
	await measure();
	await applicant.groupSize(1);
	await expect(page).toHaveURL(/name$/);
	await measure();
	const [person] = samplePeople;
	await page.fill('#full_name', person!.name);
	await applicant.continue();
	await expect(page).toHaveURL(/date-of-birth$/);
	await measure();
	await page.fill('#dob-day', person!.day);
	await page.fill('#dob-month', person!.month);
	await page.fill('#dob-year', person!.year);
	await applicant.continue();
	await expect(page).toHaveURL(/nationality$/);
	await measure();
	await page.selectOption('#nationality', person!.nationality);
	await applicant.continue();
	await expect(page).toHaveURL(/phone$/);
	await measure();
	await applicant.continue();
	await expect(page).toHaveURL(/address$/);
	await measure();
	await applicant.continue();
	await expect(page).toHaveURL(/check$/);
	await measure();
	await applicant.continue();
	await expect(page).toHaveURL(/done$/);
	await measure();
	await applicant.continue();
	await expect(page).toHaveURL(/ports$/);
	await measure();
	await page.selectOption('#port_1', 'eagle-pass');
	await applicant.continue();
	await expect(page).toHaveURL(/request\/date$/);
	await measure();
	const travel = nextWeek();
	await page.fill('#travel-day', travel.day);
	await page.fill('#travel-month', travel.month);
	await page.fill('#travel-year', travel.year);
	await applicant.continue();
	await expect(page).toHaveURL(/request\/check$/);
	await measure();
	await applicant.continue();
	await page.goto('/status');
	await measure();
	await page.goto('/status/cancel');
	await measure();

	const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
	const rows = Object.entries(weights).map(
		([path, w]) => `${kb(w.scriptsAndStyles)} KB ${kb(w.transferred)} KB  ${path}`
	);
	console.log(`First load: JS+CSS compressed, all transferred:\n${rows.join('\n')}`);
	const most = Math.max(...Object.values(weights).map((w) => w.scriptsAndStyles));
	console.log(`page-weight max_kb=${(most / 1024).toFixed(1)}`);
	for (const [path, { scriptsAndStyles: bytes }] of Object.entries(weights)) {
		expect(bytes, path).toBeGreaterThan(0);
		expect(bytes, path).toBeLessThanOrEqual(budgetBytes);
	}
});
