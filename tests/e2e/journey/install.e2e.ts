import { PNG } from 'pngjs';
import { test, expect } from '../support/fixtures';

test('each language has a manifest that installs Turno in that language', async ({
	page,
	request
}) => {
	for (const [locale, prefix, dir] of [
		['en', '', 'ltr'],
		['ht', '/ht', 'ltr'],
		['ar', '/ar', 'rtl']
	] as const) {
		await page.goto(`${prefix}/start`);
		const href = await page.locator('link[rel=manifest]').getAttribute('href');
		expect(href).toBe(`${prefix}/manifest.webmanifest`);
		const response = await request.get(href!);
		expect(response.headers()['content-type']).toBe('application/manifest+json');
		const manifest = await response.json();
		expect(manifest).toMatchObject({
			name: 'Turno',
			lang: locale,
			dir,
			start_url: `${prefix}/start`,
			display: 'standalone',
			theme_color: '#0b3d91'
		});
		for (const icon of manifest.icons as { src: string; sizes: string; purpose: string }[]) {
			const png = PNG.sync.read(await (await request.get(icon.src)).body());
			expect(`${png.width}x${png.height}`).toBe(icon.sizes);
		}
		expect(manifest.icons.map((i: { purpose: string }) => i.purpose).sort()).toEqual([
			'any',
			'any',
			'maskable'
		]);
	}
});
