/** The project's own messages, so a test can expect the words of any language. */
import { readFileSync } from 'node:fs';

export const allLocales: string[] = (
	JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as { locales: string[] }
).locales;

export function messagesOf(locale: string): Record<string, string> {
	return JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
}

/** The URL prefix of a locale: none for English. */
export function prefixOf(locale: string): string {
	return locale === 'en' ? '' : `/${locale}`;
}

/** A message's text with its placeholders removed, cut at the first one: safe to look for. */
export function fixedPart(text: string): string {
	return text.split('{')[0]!.trim();
}
