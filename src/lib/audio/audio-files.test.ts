/**
 * The audio check: every prompt of every language has audio that says its current text. It
 * fails after a message changes until `npm run audio` has made the new audio.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AudioManifest } from './manifest';
import { prompts, promptText, type PromptId } from './prompts';
import { audioHash, spokenText, type Diacritised } from './spoken';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const { locales } = JSON.parse(read('project.inlang/settings.json')) as { locales: string[] };
const manifest = JSON.parse(read('static/audio/manifest.json')) as AudioManifest;
const arabic = JSON.parse(read('audio/ar-spoken.json')) as Diacritised;

describe.each(locales)('audio in %s', (locale) => {
	const messages = JSON.parse(read(`messages/${locale}.json`)) as Record<string, string>;

	it.each(Object.keys(prompts) as PromptId[])('%s says the current text', (id) => {
		const entry = manifest.prompts[locale]?.[id];
		expect(entry, `${locale} ${id}: run npm run audio`).toBeDefined();
		if (entry!.source === 'recorded') {
			const said = read(`audio/recordings/${locale}/${id}.txt`).trim();
			expect(said, `${locale} ${id}: the recording says an older text`).toBe(
				promptText(id, messages)
			);
		} else {
			expect(entry!.hash, `${locale} ${id}: run npm run audio`).toBe(
				audioHash(locale, spokenText(locale, id, messages, arabic))
			);
		}
		for (const ext of ['opus', 'mp3']) {
			const file = new URL(`static/audio/${locale}/${entry!.hash}.${ext}`, root);
			expect(existsSync(file), `${locale} ${id}.${ext}`).toBe(true);
			expect(statSync(file).size).toBeGreaterThan(500);
		}
	});

	it('has no audio left over from old texts', () => {
		const used = new Set(Object.values(manifest.prompts[locale] ?? {}).map((e) => e.hash));
		const files = readdirSync(new URL(`static/audio/${locale}/`, root));
		expect(files.filter((f) => !used.has(f.replace(/\.(opus|mp3)$/, '')))).toEqual([]);
	});
});

describe('the audio check', () => {
	it('notices a changed message', () => {
		const messages = JSON.parse(read('messages/es.json')) as Record<string, string>;
		const changed = { ...messages, group_size_title: `${messages.group_size_title} (nuevo)` };
		expect(audioHash('es', spokenText('es', 'group_size', changed))).not.toBe(
			manifest.prompts.es?.group_size?.hash
		);
	});

	it('refuses Arabic whose diacritised text is out of date', () => {
		const messages = JSON.parse(read('messages/ar.json')) as Record<string, string>;
		const changed = { ...messages, cancel_title: 'نص جديد' };
		expect(() => spokenText('ar', 'cancel', changed, arabic)).toThrow(/cancel_title/);
	});
});
