import { test, expect } from '../support/fixtures';
import { Applicant, nextWeek } from '../support/applicant';
import { fixedPart, messagesOf, prefixOf } from '../support/messages';
import { languageNames } from '../../../src/lib/languages';

test.use({ javaScriptEnabled: false });

/** The spine journey without JavaScript, from the language page to a pooled request and back. */
for (const locale of ['es', 'ht', 'ar']) {
	test(`a group registers and joins the pool without JavaScript (${locale})`, async ({ page }) => {
		const m = messagesOf(locale);
		await page.goto('/');
		await page
			.locator('main')
			.getByRole('link', { name: languageNames[locale]!, exact: true })
			.click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/start$`));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');

		const applicant = new Applicant(page, prefixOf(locale));
		const { code, pin } = await applicant.register();
		await applicant.requestAppointment(['el-paso', 'laredo'], nextWeek());
		await expect(page.getByRole('status')).toContainText(fixedPart(m.status_sent!));
		await expect(page.locator('main')).toContainText(m.status_tag_pooled!);
		await expect(page.locator('main')).toContainText('El Paso');

		await applicant.signOut();
		await page.goto(`${prefixOf(locale)}/status`);
		await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in$`));

		await applicant.signIn(code.toLowerCase().replace(/-/g, ' '), pin);
		await expect(page).toHaveURL(new RegExp(`/${locale}/status$`));
		await expect(page.locator('main')).toContainText(code);
		await expect(page.locator('main')).toContainText(m.status_tag_pooled!);
		await expect(page.locator('main')).toContainText('Laredo');
	});
}
