import { readFileSync } from 'node:fs';
import { test, expect } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { chooseOwnPassword, firstAdmin, staffSignIn } from '../support/staff';
import { messagesOf } from '../support/messages';
import type { AudioManifest } from '../../../src/lib/audio/manifest';

const en = messagesOf('en');
const manifest = JSON.parse(readFileSync('static/audio/manifest.json', 'utf8')) as AudioManifest;
// A real Ogg Opus file: the committed audio of another Spanish prompt.
const recordingFile = `static/audio/es/${manifest.prompts.es!.travel_date!.hash}.opus`;
const recording = readFileSync(recordingFile);

test('an admin records a Spanish prompt, which applicants then hear, and removes it', async ({
	page,
	server
}) => {
	const admin = firstAdmin(server);
	await staffSignIn(page, admin.email, admin.password);
	await chooseOwnPassword(page, 'correct horse battery staple');

	await page.getByRole('link', { name: en.audio_admin_title }).click();
	await page.selectOption('#locale', 'es');
	await page.getByRole('button', { name: en.audio_admin_show }).click();
	await expect(page).toHaveURL(/\/admin\/audio\?locale=es$/);
	const signIn = page.locator('section[data-prompt="sign_in"]');
	await expect(signIn).toHaveAttribute('data-source', 'synthesised');
	await expect(signIn.getByTestId('source')).toHaveText(en.audio_admin_source_synthesised!);
	await expectNoAxeViolations(page, 'audio recordings');

	// A text file named .mp3 is refused, with the message beside the field.
	await signIn.locator('input[type=file]').setInputFiles({
		name: 'recording.mp3',
		mimeType: 'audio/mpeg',
		buffer: Buffer.from('This is not audio.\n')
	});
	await signIn.getByRole('button', { name: en.audio_admin_upload }).click();
	await expect(signIn.locator('#file-sign_in-error')).toContainText(en.audio_admin_file_not_audio!);
	await expect(page.locator('.error-summary')).toContainText(en.audio_admin_file_not_audio!);
	await expect(signIn).toHaveAttribute('data-source', 'synthesised');
	await expectNoAxeViolations(page, 'audio recordings with an error');

	// The same without JavaScript: a 400 page with the message by the field.
	const plain = await page.request.post('/admin/audio?locale=es&/upload', {
		// As a browser without JavaScript sends it: the answer is the page itself.
		headers: { origin: server.url, accept: 'text/html' },
		multipart: {
			locale: 'es',
			prompt: 'sign_in',
			file: { name: 'notes.mp3', mimeType: 'audio/mpeg', buffer: Buffer.from('Just text.\n') }
		},
		maxRedirects: 0
	});
	expect(plain.status()).toBe(400);
	expect(await plain.text()).toMatch(
		new RegExp(`id="file-sign_in-error"[^>]*>.*${en.audio_admin_file_not_audio!.slice(0, 30)}`, 's')
	);

	await signIn.locator('input[type=file]').setInputFiles(recordingFile);
	await signIn.getByRole('button', { name: en.audio_admin_upload }).click();
	await expect(page.getByRole('status')).toContainText(
		en.audio_admin_saved!.replace('{prompt}', 'sign_in')
	);
	await expect(signIn).toHaveAttribute('data-source', 'recorded');
	await expect(signIn.getByTestId('source')).toHaveText(en.audio_admin_source_recorded!);
	await expect(signIn.locator('audio source')).toHaveAttribute(
		'src',
		/^\/audio\/recorded\/es\/[0-9a-f]{16}\.opus$/
	);
	await expectNoAxeViolations(page, 'audio recordings after an upload');

	await page.goto('/admin/languages');
	await expect(page.locator('tr[data-locale="es"]')).toContainText('1 of 23');
	await expect(page.locator('tr[data-locale="es"] th span')).toHaveAttribute('lang', 'es');
	await expectNoAxeViolations(page, 'language status');

	// The applicant's sign-in page in Spanish plays the recording, in its one format.
	await page.goto('/es/sign-in');
	const sources = page.locator('.listen audio source');
	await expect(sources).toHaveCount(1);
	const src = (await sources.getAttribute('src'))!;
	expect(src).toMatch(/^\/audio\/recorded\/es\/[0-9a-f]{16}\.opus$/);
	await expect(sources).toHaveAttribute('type', 'audio/ogg; codecs=opus');
	const served = await page.request.get(src);
	expect(served.status()).toBe(200);
	expect(served.headers()['content-type']).toBe('audio/ogg');
	expect(served.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(Buffer.compare(await served.body(), recording)).toBe(0);
	const part = await page.request.get(src, { headers: { range: 'bytes=0-3' } });
	expect(part.status()).toBe(206);
	expect((await part.body()).toString('latin1')).toBe('OggS');
	expect((await page.request.get('/audio/recorded/es/0123456789abcdef.opus')).status()).toBe(404);

	// The service worker stores the language's audio ahead: the recording in place of the
	// synthesised file it replaces.
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	const stored = () =>
		page.evaluate(async () => {
			const cache = await caches.open('turno-audio');
			return (await cache.keys()).map((r) => new URL(r.url).pathname);
		});
	await expect.poll(async () => (await stored()).length, { timeout: 20_000 }).toBe(23);
	expect(await stored()).toContain(src);
	expect(await stored()).not.toContain(`/audio/es/${manifest.prompts.es!.sign_in!.hash}.opus`);
	expect((await page.request.get('/audio/recorded/es/..%2F..%2Fturno.db')).status()).toBe(404);

	// Removed: the synthesised voice speaks again.
	await page.goto('/admin/audio?locale=es');
	await signIn.getByRole('button', { name: en.audio_admin_remove }).click();
	await expect(signIn).toHaveAttribute('data-source', 'synthesised');
	await page.goto('/es/sign-in');
	await expect(page.locator('.listen audio source').first()).toHaveAttribute(
		'src',
		`/audio/es/${manifest.prompts.es!.sign_in!.hash}.opus`
	);
	expect((await page.request.get(src)).status()).toBe(404);
});
