/**
 * The translation check (after alphagov/forms-runner's i18n spec): every locale has every
 * key of the base locale, with the same placeholders, no empty value, and no value left in
 * the base language unless it is only a proper name, a code or a number. Pure.
 */
export type Messages = Record<string, string>;

export type TranslationProblem = {
	locale: string;
	key: string;
	kind: 'missing' | 'extra' | 'empty' | 'placeholders' | 'untranslated';
	detail?: string;
};

/** Values that are the same in every language: names, codes, examples. */
export const sameInEveryLanguage = new Set(['Turno', 'PIN', 'SHA', 'ZIP', 'QR']);

function placeholders(text: string): string {
	return (text.match(/\{[A-Za-z_][A-Za-z0-9_]*\}/g) ?? []).sort().join(' ');
}

/** Only names, codes, numbers and punctuation: nothing a translator would change. */
function isLanguageNeutral(text: string): boolean {
	if (sameInEveryLanguage.has(text)) return true;
	const words = text.replace(/\{[^}]*\}/g, ' ').match(/\p{L}{3,}/gu) ?? [];
	return words.every((w) => sameInEveryLanguage.has(w) || /^[A-Z0-9]+$/.test(w));
}

/**
 * Messages that are rightly the same as in English in some language (Spanish "Error:").
 * Each entry is a reviewed decision, not a way to silence the check.
 */
export const sameAsEnglishAllowed: Record<string, string[]> = {
	es: ['error_prefix']
};

export function checkTranslations(
	base: Messages,
	locales: Record<string, Messages>,
	allowed: Record<string, string[]> = sameAsEnglishAllowed
): TranslationProblem[] {
	const problems: TranslationProblem[] = [];
	const keys = Object.keys(base).filter((k) => k !== '$schema');
	for (const [locale, messages] of Object.entries(locales)) {
		for (const key of keys) {
			const value = messages[key];
			if (value === undefined) problems.push({ locale, key, kind: 'missing' });
			else if (value.trim() === '') problems.push({ locale, key, kind: 'empty' });
			else if (placeholders(value) !== placeholders(base[key]!)) {
				problems.push({
					locale,
					key,
					kind: 'placeholders',
					detail: `${placeholders(base[key]!)} ≠ ${placeholders(value)}`
				});
			} else if (
				value === base[key] &&
				!isLanguageNeutral(value) &&
				!allowed[locale]?.includes(key)
			) {
				problems.push({ locale, key, kind: 'untranslated' });
			}
		}
		for (const key of Object.keys(messages)) {
			if (key !== '$schema' && !(key in base)) problems.push({ locale, key, kind: 'extra' });
		}
	}
	return problems;
}

/** The summary line `npm test` prints last. */
export function summaryLine(
	base: Messages,
	locales: Record<string, Messages>,
	problems: TranslationProblem[]
): string {
	const keys = Object.keys(base).filter((k) => k !== '$schema').length;
	const missing = problems.filter((p) => p.kind === 'missing' || p.kind === 'empty').length;
	const mismatched = problems.length - missing;
	return `i18n locales=${Object.keys(locales).length + 1} keys=${keys} missing=${missing} mismatched=${mismatched}`;
}
