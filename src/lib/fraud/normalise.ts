/**
 * Normalisation for matching only (what is stored and shown stays as the person typed it):
 * names, dates, phones and U.S. addresses become keys that compare equal when people meant
 * the same thing. Pure; no framework imports.
 */
import doubleMetaphone from 'talisman/phonetics/double-metaphone';
import { pinyin } from 'pinyin-pro';
import { transliterate } from 'transliteration';
import parseAddress from 'parse-address';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { UsAddress } from '../server/db/schema';
import { isRealDate, pad2 } from '../schemas/date-parts';

/** Every apostrophe people type in K'iche', Q'anjob'al and other names, as one. */
const apostrophes = /['’ʼ‘`´ʹʻ]/g;
const notLatin = /[^\u0020-\u024f\u1e00-\u1eff]/;

/** Letters that are not a base letter plus a mark, so NFD leaves them as they are. */
const latinLetters: Record<string, string> = {
	ı: 'i',
	ł: 'l',
	ø: 'o',
	đ: 'd',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	þ: 'th'
};

const hanRun = /[\u3400-\u9fff]+/g;

/**
 * A Chinese name in characters as it is written in pinyin (pinyin-pro, which knows how
 * each character is read in names): the family name (the first character), then the given
 * name as one word (王小明 → "wang xiaoming").
 */
function hanName(run: string): string {
	const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
	if (syllables.length < 2) return ` ${syllables.join('')} `;
	return ` ${syllables[0]} ${syllables.slice(1).join('')} `;
}

/**
 * A name folded for matching: NFKC (full-width and compatibility forms), apostrophes unified,
 * other scripts transliterated to Latin (Cyrillic, Chinese, Arabic…), diacritics dropped,
 * case folded, punctuation other than apostrophes made spaces.
 */
export function foldName(name: string): string {
	let text = name.normalize('NFKC').replace(apostrophes, "'");
	if (notLatin.test(text)) text = transliterate(text.replace(hanRun, hanName));
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[ıłøđßæœþ]/g, (ch) => latinLetters[ch] ?? ch)
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9' ]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The name's words, folded, in alphabetical order: order does not matter to a match. */
export function nameTokens(name: string): string[] {
	return foldName(name)
		.split(' ')
		.filter((t) => t.length > 0)
		.sort();
}

/** The key of a name whatever the order of its words. */
export const nameKey = (name: string) => nameTokens(name).join(' ');

/**
 * A phonetic key of one word (Double Metaphone, primary code), apostrophes ignored: Tz'ul
 * and Tzul, Gonzalez and Gonsales share one.
 */
export function phoneticKey(token: string): string {
	const word = token.replace(/'/g, '');
	return word.length < 2 ? word : doubleMetaphone(word)[0] || word;
}

/**
 * The family name for counting "different families": the last word as typed (Spanish second
 * surnames are often left out, so the last word of a two-surname name is not used when the
 * name has three or more words: then the second-to-last).
 */
export function surnameOf(name: string): string {
	return surnameOfWords(foldName(name).split(' ').filter(Boolean), name);
}

/** The same, from the name's folded words in the order typed (`name` as typed). */
export function surnameOfWords(words: readonly string[], name: string): string {
	// Chinese names put the family name first.
	if (/[\u3400-\u9fff]/.test(name)) return words[0] ?? '';
	if (words.length >= 3) return words[words.length - 2]!;
	return words[words.length - 1] ?? '';
}

/** YYYY-MM-DD, or null for anything that is not a real date. */
export function normaliseDate(value: string): string | null {
	const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return isRealDate(y, mo, d) ? `${m[1]}-${pad2(mo)}-${pad2(d)}` : null;
}

/**
 * Two dates people may have meant as one: day and month swapped, or one digit off (a slip
 * of the finger). Exact equality is not "similar".
 */
export function similarDates(a: string, b: string): boolean {
	return dateSlip(a, b) !== null;
}

/** How two dates differ when a person meant one: 'swapped' day and month, or one 'digit'. */
export function dateSlip(a: string, b: string): 'swapped' | 'digit' | null {
	if (a === b || a.length !== 10 || b.length !== 10) return null;
	const [ya, ma, da] = a.split('-');
	const [yb, mb, db] = b.split('-');
	if (ya === yb && ma === db && da === mb) return 'swapped';
	let differences = 0;
	for (let i = 0; i < 10; i++) if (a[i] !== b[i]) differences++;
	return differences === 1 ? 'digit' : null;
}

/** E.164, or null when it is not a possible number (U.S. numbers may omit +1). */
export function normalisePhone(value: string, defaultCountry: 'US' = 'US'): string | null {
	const parsed = parsePhoneNumberFromString(value.trim(), defaultCountry);
	return parsed?.isPossible() ? parsed.number : null;
}

const unitWords: Record<string, string> = {
	apt: 'unit',
	apartment: 'unit',
	unit: 'unit',
	'#': 'unit',
	ste: 'unit',
	suite: 'unit',
	rm: 'unit',
	room: 'unit',
	fl: 'unit',
	floor: 'unit',
	no: 'unit',
	num: 'unit'
};

/** Street types parse-address does not shorten on its own, as USPS writes them. */
const streetTypes: Record<string, string> = {
	street: 'st',
	avenue: 'ave',
	av: 'ave',
	road: 'rd',
	drive: 'dr',
	boulevard: 'blvd',
	lane: 'ln',
	court: 'ct',
	place: 'pl',
	highway: 'hwy',
	circle: 'cir',
	terrace: 'ter',
	parkway: 'pkwy'
};

const directions: Record<string, string> = {
	north: 'n',
	south: 's',
	east: 'e',
	west: 'w',
	northeast: 'ne',
	northwest: 'nw',
	southeast: 'se',
	southwest: 'sw'
};

function clean(text: string | undefined): string {
	return (text ?? '')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[.,]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** "Apt 4B", "#4b", "Unit 4-B" → "4b". */
function unitOf(text: string): string {
	const m =
		/(?:^|\s)(?:apt|apartment|unit|ste|suite|rm|room|fl|floor|no|num|#)\s*#?\s*([a-z0-9-]+)\s*$/.exec(
			clean(text).replace(/#/g, ' # ')
		);
	return m ? m[1]!.replace(/-/g, '') : '';
}

/**
 * The key of a U.S. address: house number + street (direction, name, type) + unit + ZIP5,
 * with common forms unified (Street/St, Avenue/Ave, Apt/#/Unit, North/N). City and state are
 * left out: the ZIP already says where, and people spell cities many ways. Null when there is
 * no house number or ZIP to key on.
 */
export function addressKey(address: Pick<UsAddress, 'line1' | 'line2' | 'zip'>): string | null {
	const zip = /^\s*(\d{5})/.exec(address.zip ?? '')?.[1];
	const line1 = clean(address.line1).replace(/#/g, ' # ');
	if (!zip || !line1) return null;
	const parsed = parseAddress.parseLocation(line1);
	const number = (parsed?.number ?? /^(\d[\d-]*[a-z]?)\b/.exec(line1)?.[1] ?? '').replace(/-/g, '');
	if (!number) return null;
	const street = clean(parsed?.street)
		.split(' ')
		.map((w) => directions[w] ?? w)
		.join(' ');
	const rawType = clean(parsed?.type);
	const type = streetTypes[rawType] ?? rawType;
	const prefix = directions[clean(parsed?.prefix)] ?? clean(parsed?.prefix);
	const suffix = directions[clean(parsed?.suffix)] ?? clean(parsed?.suffix);
	const unitFromLine1 =
		parsed?.sec_unit_num && unitWords[clean(parsed.sec_unit_type)] !== undefined
			? clean(parsed.sec_unit_num).replace(/-/g, '')
			: parsed?.sec_unit_num
				? clean(parsed.sec_unit_num).replace(/-/g, '')
				: '';
	const unit =
		unitFromLine1 || unitOf(address.line2 ?? '') || clean(address.line2).replace(/[^a-z0-9]/g, '');
	return [number, prefix, street, type, suffix, unit ? `#${unit}` : '', zip]
		.filter(Boolean)
		.join(' ');
}
