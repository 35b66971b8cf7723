/**
 * From a prompt's text to what the synthesiser is given, per language, and the hash that names
 * its audio file. Chinese is read by espeak-ng's pinyin voice, so its text becomes pinyin with
 * tone numbers (pinyin-pro); Arabic is read from fully diacritised text kept in
 * audio/ar-spoken.json, checked against the current messages so a changed message is noticed.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { prompts, promptText, type PromptId } from './prompts';

export const voices: Record<string, string> = {
	en: 'en-us',
	es: 'es-419',
	ht: 'ht',
	pt: 'pt-br',
	fr: 'fr',
	ru: 'ru',
	zh: 'cmn-latn-pinyin',
	ar: 'ar',
	tr: 'tr',
	hi: 'hi',
	pa: 'pa',
	quc: 'quc'
};

export type Diacritised = Record<string, { text: string; spoken: string }>;

export class StaleSpokenText extends Error {}

/** The text given to the synthesiser for one prompt in one language. */
export function spokenText(
	locale: string,
	id: PromptId,
	messages: Record<string, string>,
	arabic: Diacritised = {}
): string {
	if (locale === 'ar') {
		const spokenMessages: Record<string, string> = {};
		for (const key of prompts[id]) {
			const entry = arabic[key];
			if (!entry || entry.text !== messages[key]) {
				throw new StaleSpokenText(`audio/ar-spoken.json lacks the current text of ${key}`);
			}
			spokenMessages[key] = entry.spoken;
		}
		return promptText(id, spokenMessages);
	}
	const text = promptText(id, messages);
	return locale === 'zh' ? pinyin(text, { toneType: 'num', type: 'string' }) : text;
}

/** How the audio is made (scripts/audio.ts): part of the hash, so changing it remakes the files. */
export const audioEncoding = 'espeak-s140/opus-16k/mp3-16k';

/** Names the audio file: a new text, voice or encoding gets a new file; caches never serve old audio. */
export function audioHash(locale: string, spoken: string): string {
	return createHash('sha256')
		.update(`${audioEncoding}\n${voices[locale]}\n${spoken}`)
		.digest('hex')
		.slice(0, 16);
}
