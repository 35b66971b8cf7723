/**
 * Reading untrusted form fields. Anything a browser (or anyone else) can send is accepted
 * here without throwing: files and missing fields become '', and every value is capped so a
 * huge field cannot be echoed back into the page or stored.
 */
export const maxFieldLength = 500;

export type FormFields<K extends string> = Record<K, string>;

/** Strips control characters (keeping none: every field here is a single line). */
export function cleanText(value: string): string {
	return (
		value
			.normalize('NFC')
			// Format characters become spaces, except the joiners that Persian, Arabic and
			// Indic names need (ZWNJ U+200C, ZWJ U+200D).
			.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (ch) =>
				ch === '\u200c' || ch === '\u200d' ? ch : ' '
			)
			.replace(/\s+/gu, ' ')
			.trim()
	);
}

export function readFields<K extends string>(form: FormData, names: readonly K[]): FormFields<K> {
	const out = {} as FormFields<K>;
	for (const name of names) {
		const raw = form.get(name);
		out[name] = typeof raw === 'string' ? capLength(raw) : '';
	}
	return out;
}

/** Cuts at the cap without splitting a surrogate pair (an emoji, a rare CJK character). */
function capLength(value: string): string {
	if (value.length <= maxFieldLength) return value;
	const cut = value.slice(0, maxFieldLength);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
