import { test, expect } from '../support/fixtures';
import { Applicant, nextWeek, samplePeople } from '../support/applicant';
import { expectNoAxeViolations } from '../support/axe';
import { allLocales, messagesOf, prefixOf } from '../support/messages';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { audioHash, spokenText, type Diacritised } from '../../../src/lib/audio/spoken';
import type { PromptId } from '../../../src/lib/audio/prompts';

const arabic = JSON.parse(readFileSync('audio/ar-spoken.json', 'utf8')) as Diacritised;
const checkedAudio = new Set<string>();

/** The page's Listen audio: named by the hash of its current text, and served as audio. */
async function expectCurrentAudio(page: Page, locale: string) {
	const listen = page.locator('.listen');
	if ((await listen.count()) === 0) return false;
	const prompt = (await listen.getAttribute('data-prompt')) as PromptId;
	const hash = await listen.getAttribute('data-audio-hash');
	expect(hash, `${locale} ${prompt}`).toBe(
		audioHash(locale, spokenText(locale, prompt, messagesOf(locale), arabic))
	);
	for (const source of await listen.locator('source').all()) {
		const src = (await source.getAttribute('src'))!;
		if (checkedAudio.has(src)) continue;
		const response = await page.request.get(src);
		expect(response.status(), src).toBe(200);
		expect(response.headers()['content-type']).toMatch(/^audio\/(ogg|mpeg)/);
		checkedAudio.add(src);
	}
	return true;
}

/**
 * Every page of the journey, and every error state, in every language: zero axe violations,
 * the right lang and dir, and a Listen button whose audio is served and says the page's
 * current text. Error states are reached by sending each form empty or wrong.
 */
// Locales spread over both workers (each worker runs its own server for this file).
test.describe.configure({ mode: 'parallel' });

for (const locale of allLocales) {
	const prefix = prefixOf(locale);

	test(`every page and error state: no axe violations, lang and dir right, current audio (${locale})`, async ({
		page
	}) => {
		const applicant = new Applicant(page, prefix);
		const check = async (label: string, url?: RegExp) => {
			if (url) await expect(page).toHaveURL(url);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
			await expectNoAxeViolations(page, `${locale} ${label}`);
			if (await expectCurrentAudio(page, locale))
				pagesWithAudio.add(label.replace(/ with errors$/, ''));
		};
		const pagesWithAudio = new Set<string>();
		const checkError = async (label: string) => {
			await applicant.continue();
			await expect(page.locator('.error-summary')).toBeVisible();
			await check(`${label} with errors`);
		};

		await page.goto(`${prefix}/`);
		await check('language choice');
		await page.goto(`${prefix}/sign-in`);
		await check('sign-in');
		await checkError('sign-in');
		await page.goto(`${prefix}/no-such-page`);
		await check('not found');

		await page.goto(`${prefix}/start`);
		await check('start');
		await applicant.start();
		await check('group size');
		await checkError('group size');
		await applicant.groupSize(1);
		await check('name', /name$/);
		await checkError('name');
		const [person] = samplePeople;
		await page.fill('#full_name', person!.name);
		await applicant.continue();
		await check('date of birth', /date-of-birth$/);
		await page.fill('#dob-day', '31');
		await page.fill('#dob-month', '2');
		await page.fill('#dob-year', '1990');
		await checkError('date of birth');
		await page.fill('#dob-day', '28');
		await applicant.continue();
		await check('nationality', /nationality$/);
		await checkError('nationality');
		await page.selectOption('#nationality', 'HN');
		await applicant.continue();
		await check('phone', /phone$/);
		await page.fill('#phone', '12');
		await checkError('phone');
		await page.fill('#phone', '');
		await applicant.continue();
		await check('address', /address$/);
		await page.fill('#address_line1', '12 Main St');
		await checkError('address');
		await page.fill('#address_line1', '');
		await applicant.continue();
		await check('check answers', /register\/check$/);
		await applicant.continue();
		await check('booking code and PIN', /done$/);
		await applicant.continue();
		await check('ports', /ports$/);
		await checkError('ports');
		await page.selectOption('#port_1', 'calexico');
		await applicant.continue();
		await check('travel date', /request\/date$/);
		await page.fill('#travel-year', '1999');
		await checkError('travel date');
		const travel = nextWeek();
		await page.fill('#travel-day', travel.day);
		await page.fill('#travel-month', travel.month);
		await page.fill('#travel-year', travel.year);
		await applicant.continue();
		await check('check request', /request\/check$/);
		await applicant.continue();
		await expect(page).toHaveURL(/status\?done=sent$/);
		await check('status');
		await page.locator('main a.link-warning').click();
		await check('cancel', /cancel$/);
		await applicant.continue();
		await check('status after cancelling', /status\?done=cancelled$/);
		// Every applicant page of the journey has its Listen audio (the 404 page has none).
		expect([...pagesWithAudio].sort()).toEqual(
			[
				'language choice',
				'start',
				'sign-in',
				'group size',
				'name',
				'date of birth',
				'nationality',
				'phone',
				'address',
				'check answers',
				'booking code and PIN',
				'ports',
				'travel date',
				'check request',
				'status',
				'cancel',
				'status after cancelling'
			].sort()
		);
	});
}
