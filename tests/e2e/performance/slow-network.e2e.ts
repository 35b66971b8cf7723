import { test, expect } from '../support/fixtures';
import { Applicant } from '../support/applicant';

/**
 * A weak mobile connection: 400 kbit/s each way and 400 ms round trip (Chromium's own network
 * emulation). The journey must work, with nothing timing out; the times are printed for the
 * record, not asserted (they depend on the machine).
 */
test('the first questions are usable at 400 kbit/s and 400 ms round trip', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 400,
		downloadThroughput: 400_000 / 8,
		uploadThroughput: 400_000 / 8
	});
	const timings: string[] = [];
	const timed = async (label: string, step: () => Promise<unknown>) => {
		const started = Date.now();
		await step();
		timings.push(`slow-network step=${label} ms=${Date.now() - started}`);
	};
	const applicant = new Applicant(page);

	await timed('start-page-shown', () => page.goto('/start', { waitUntil: 'domcontentloaded' }));
	await expect(page.locator('main a.button--start')).toBeVisible();
	await timed('start-page-scripts-ready', () => page.waitForSelector('html[data-scripted]'));
	await timed('to-group-size', async () => {
		await page.locator('main a.button--start').click();
		await expect(page.locator('#group_size')).toBeVisible();
	});
	await page.fill('#group_size', '1');
	await timed('answer-group-size', async () => {
		await applicant.continue();
		await expect(page.locator('#full_name')).toBeVisible();
	});
	await page.fill('#full_name', 'Ana Pérez');
	await timed('answer-name', async () => {
		await applicant.continue();
		await expect(page.locator('#dob-day')).toBeVisible();
	});
	console.log(timings.join('\n'));
});
