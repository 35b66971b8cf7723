import { test, expect } from '../support/fixtures';
import { Applicant, samplePeople } from '../support/applicant';
import { prefixOf } from '../support/messages';

test.use({ viewport: { width: 360, height: 640 } });

/** Long words and other scripts must wrap, not push the page sideways on a small phone. */
for (const locale of ['ar', 'zh', 'hi', 'pa']) {
	test(`start and check-answers pages fit a 360 px screen (${locale})`, async ({
		page
	}, testInfo) => {
		const fits = async (name: string) => {
			const widths = await page.evaluate(() => ({
				document: document.documentElement.scrollWidth,
				viewport: window.innerWidth
			}));
			await page.screenshot({ path: testInfo.outputPath(`${locale}-${name}.png`), fullPage: true });
			expect(widths.document, `${locale} ${name}`).toBe(widths.viewport);
		};
		const applicant = new Applicant(page, prefixOf(locale));
		await page.goto(`${prefixOf(locale)}/start`);
		await fits('start');
		await applicant.start();
		await applicant.groupSize(2);
		for (const person of samplePeople) await applicant.person(person);
		await applicant.phone('+52 664 123 4567');
		await page.fill('#address_line1', '1200 South Padre Island Drive Apartment 2304');
		await page.fill('#address_city', 'Brownsville');
		await page.selectOption('#address_state', 'TX');
		await page.fill('#address_zip', '78520');
		await applicant.continue();
		await expect(page).toHaveURL(/register\/check$/);
		await fits('check');
	});
}
