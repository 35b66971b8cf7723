import { test, expect } from '../support/fixtures';
import { Applicant, nextWeek } from '../support/applicant';

test.use({ javaScriptEnabled: false, locale: 'es-MX' });

test('a group registers and joins the pool in Spanish without JavaScript', async ({ page }) => {
	await page.goto('/');
	await page.locator('main').getByRole('link', { name: 'Español' }).click();
	await expect(page).toHaveURL(/\/es\/start$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');

	const applicant = new Applicant(page, '/es');
	const { code, pin } = await applicant.register();
	await applicant.requestAppointment(['el-paso', 'laredo'], nextWeek());
	await expect(page.getByRole('status')).toContainText('Su solicitud fue enviada');
	await expect(page.locator('main')).toContainText('En espera');
	await expect(page.locator('main')).toContainText('El Paso');

	await applicant.signOut();
	await page.goto('/es/status');
	await expect(page).toHaveURL(/\/es\/sign-in$/);

	await applicant.signIn(code.toLowerCase().replace(/-/g, ' '), pin);
	await expect(page).toHaveURL(/\/es\/status$/);
	await expect(page.locator('main')).toContainText(code);
	await expect(page.locator('main')).toContainText('En espera');
	await expect(page.locator('main')).toContainText('Laredo');
});
