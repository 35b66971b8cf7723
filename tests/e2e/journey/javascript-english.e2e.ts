import { test, expect } from '../support/fixtures';
import { Applicant, nextWeek } from '../support/applicant';

test('a group registers and joins the pool in English with JavaScript', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));

	const applicant = new Applicant(page);
	const { code, pin } = await applicant.register([
		{ name: 'Jean-Baptiste Désir', day: '1', month: '5', year: '1985', nationality: 'HT' }
	]);
	await applicant.requestAppointment(['brownsville', 'hidalgo', 'laredo'], nextWeek());
	await expect(page.getByRole('status')).toContainText('Your request was sent');
	await expect(page.locator('main')).toContainText('Waiting');
	await expect(page.locator('main')).toContainText('Days you have waited: 0');

	await applicant.signOut();
	await applicant.signIn(code, pin);
	await expect(page).toHaveURL(/\/status$/);
	await expect(page.locator('main')).toContainText('Brownsville');
	expect(errors).toEqual([]);
});

test('the nationality list has a type-ahead search when JavaScript runs', async ({ page }) => {
	const applicant = new Applicant(page);
	await applicant.start();
	await applicant.groupSize(1);
	await page.fill('#full_name', 'Ana Lucía Gómez');
	await applicant.continue();
	await page.fill('#dob-day', '9');
	await page.fill('#dob-month', '9');
	await page.fill('#dob-year', '1999');
	await applicant.continue();
	await page.getByLabel('Find a country in the list').fill('hond');
	await expect(page.locator('#nationality')).toHaveValue('HN');
	await page.getByLabel('Find a country in the list').fill('cote');
	await expect(page.locator('#nationality')).toHaveValue('CI');
});

test('bad input shows the error summary, keeps what was typed and answers 400', async ({
	page
}) => {
	const applicant = new Applicant(page);
	await applicant.start();
	await page.fill('#group_size', '40');
	await applicant.continue();
	const summary = page.locator('.error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('from 1 to 12');
	await expect(page.locator('#group_size')).toHaveValue('40');
	await expect(page).toHaveTitle(/^Error: /);
	await summary.getByRole('link').click();
	await expect(page.locator('#group_size')).toBeFocused();
});

test('cancelling asks first, then leaves the pool', async ({ page }) => {
	const applicant = new Applicant(page);
	await applicant.register([
		{ name: 'Tzʼunun', day: '2', month: '2', year: '2002', nationality: 'GT' }
	]);
	await applicant.requestAppointment(['nogales'], nextWeek());
	await page.getByRole('link', { name: 'Cancel my request' }).click();
	await expect(page.locator('h1')).toHaveText('Do you want to cancel your request?');
	await page.getByRole('link', { name: 'No, keep my request' }).click();
	await expect(page.locator('main')).toContainText('Waiting');
	await page.getByRole('link', { name: 'Cancel my request' }).click();
	await page.getByRole('button', { name: 'Yes, cancel my request' }).click();
	await expect(page.getByRole('status')).toContainText('Your request was cancelled');
	await expect(page.locator('main')).toContainText('Cancelled');
	await expect(page.getByRole('link', { name: 'Ask for an appointment' })).toBeVisible();
});

test('a reload or a return later resumes where the person stopped', async ({ page, context }) => {
	const applicant = new Applicant(page);
	await applicant.start();
	await applicant.groupSize(2);
	await page.fill('#full_name', 'María José Quispe');
	await applicant.continue();
	await expect(page).toHaveURL(/person\/1\/date-of-birth$/);
	await page.reload();
	await expect(page).toHaveURL(/person\/1\/date-of-birth$/);
	await page.getByRole('link', { name: 'Back' }).click();
	await expect(page.locator('#full_name')).toHaveValue('María José Quispe');

	// A new tab on another day: the start page offers to continue.
	const later = await context.newPage();
	await later.goto('/start');
	await later.getByRole('link', { name: 'Continue where you stopped' }).click();
	await expect(later).toHaveURL(/person\/1\/date-of-birth$/);
});

test('the booking code and PIN can be saved as an image, with or without JavaScript', async ({
	page,
	browser,
	baseURL
}) => {
	const applicant = new Applicant(page);
	const { code, pin } = await applicant.register([
		{ name: 'Nguyễn Văn An', day: '7', month: '7', year: '1977', nationality: 'VN' }
	]);
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Save as image' }).click()
	]);
	expect(png.suggestedFilename()).toBe(`turno-${code}.png`);
	const bytes = await (await png.createReadStream()).toArray();
	expect(Buffer.concat(bytes).subarray(0, 8)).toEqual(
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
	);

	// Without JavaScript the same link downloads the SVG card with the code and PIN in it.
	const plain = await browser.newContext({
		javaScriptEnabled: false,
		baseURL,
		storageState: await page.context().storageState()
	});
	const noJs = await plain.newPage();
	await noJs.goto('/register/done');
	const [svg] = await Promise.all([
		noJs.waitForEvent('download'),
		noJs.getByRole('link', { name: 'Save as image' }).click()
	]);
	expect(svg.suggestedFilename()).toBe(`turno-${code}.svg`);
	const text = Buffer.concat(await (await svg.createReadStream()).toArray()).toString('utf8');
	expect(text).toContain(code);
	expect(text).toContain(pin);
	await plain.close();
});
