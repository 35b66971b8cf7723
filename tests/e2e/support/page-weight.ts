/** First-load weight of a page, measured in a fresh browser context. */
import type { Browser, BrowserContext } from '@playwright/test';

export type Weight = { scriptsAndStyles: number; transferred: number };

/**
 * Loads `url` in a new, empty-cache context with the same cookies: the compressed bytes of
 * its scripts and styles, and everything transferred for the page (headers included).
 */
export async function firstLoadBytes(
	browser: Browser,
	from: BrowserContext,
	url: string
): Promise<Weight> {
	const context = await browser.newContext({ storageState: await from.storageState() });
	const page = await context.newPage();
	const sizes: Promise<{ code: boolean; body: number; headers: number }>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		sizes.push(
			response
				.request()
				.sizes()
				.then((s) => ({
					code: type === 'script' || type === 'stylesheet',
					body: s.responseBodySize,
					headers: s.responseHeadersSize
				}))
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const all = await Promise.all(sizes);
	await context.close();
	return {
		scriptsAndStyles: all.filter((s) => s.code).reduce((a, s) => a + s.body, 0),
		transferred: all.reduce((a, s) => a + s.body + s.headers, 0)
	};
}
