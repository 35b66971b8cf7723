import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { allLocales, messagesOf, prefixOf } from '../support/messages';
import {
	expectRedirect,
	httpClient,
	post,
	prepareRequestByHttp,
	registerByHttp
} from '../support/http-applicant';
import { runCli, allocationToday } from '../support/cli';
import { audioHash, spokenText, type Diacritised } from '../../../src/lib/audio/spoken';
import type { PromptId } from '../../../src/lib/audio/prompts';

const arabic = JSON.parse(readFileSync('audio/ar-spoken.json', 'utf8')) as Diacritised;

async function checkPage(page: Page, locale: string, label: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
	await expectNoAxeViolations(page, `${locale} ${label}`);
	const listen = page.locator('.listen');
	const prompt = (await listen.getAttribute('data-prompt')) as PromptId;
	expect(await listen.getAttribute('data-audio-hash'), `${locale} ${label}`).toBe(
		audioHash(locale, spokenText(locale, prompt, messagesOf(locale), arabic))
	);
	const src = (await listen.locator('source').first().getAttribute('src'))!;
	expect((await page.request.get(src)).status()).toBe(200);
}

/** The pages after the draw — an offer, a confirmed appointment, the ticket — in every language. */
test('offer, appointment, ticket and allocation pages in every language', async ({
	page,
	server,
	context
}) => {
	test.setTimeout(180_000);
	const client = await httpClient(server.url);
	await registerByHttp(client);
	await post(client, '/request/check', { submission_key: await prepareRequestByHttp(client) });
	const run = await runCli('scripts/allocate.ts', ['--date', allocationToday()], server.dbPath);
	expect(run.stdout, run.stderr).toMatch(/offers=1 /);
	// The browser takes over the applicant's session.
	const { cookies } = await client.storageState();
	await context.addCookies(cookies);

	for (const locale of allLocales) {
		await page.goto(`${prefixOf(locale)}/status`);
		await expect(page.locator('main form[action="?/confirm"]')).toBeVisible();
		await checkPage(page, locale, 'status with an offer');
		await page.goto(`${prefixOf(locale)}/allocation`);
		await checkPage(page, locale, 'allocation');
	}
	await page.goto('/status');
	await page.locator('main form[action="?/confirm"] button').click();
	await expect(page.locator('main .tag--confirmed')).toBeVisible();
	for (const locale of allLocales) {
		await page.goto(`${prefixOf(locale)}/status`);
		await checkPage(page, locale, 'status with an appointment');
		await page.goto(`${prefixOf(locale)}/ticket`);
		await expect(page.getByTestId('ticket-qr')).toBeVisible();
		await checkPage(page, locale, 'ticket');
	}
	await expectRedirect(await post(client, '/status/cancel', {}), /done=cancelled$/);
});
