/**
 * Reading untrusted form fields. Anything a browser (or anyone else) can send is accepted
 * here without throwing: files and missing fields become '', and every value is capped so a
 * huge field cannot be echoed back into the page or stored.
 */
export const maxFieldLength = 500;

export type FormFields<K extends string> = Record<K, string>;

/** Strips control characters (keeping none: every field here is a single line). */
export function cleanText(value: string): string {
	return value
		.normalize('NFC')
		.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (ch) => (ch === '\u200d' ? ch : ' '))
		.replace(/\s+/gu, ' ')
		.trim();
}

export function readFields<K extends string>(form: FormData, names: readonly K[]): FormFields<K> {
	const out = {} as FormFields<K>;
	for (const name of names) {
		const raw = form.get(name);
		out[name] = typeof raw === 'string' ? raw.slice(0, maxFieldLength) : '';
	}
	return out;
}
