/**
 * How a person's name is written down, and the ways the same person writes it differently on a
 * second registration: a typo, another order, a surname left out, another apostrophe, no
 * accents, the other script, another Latin spelling. Also the small slips in a date of birth.
 */
import { isRealDate } from '../../schemas/date-parts';
import type { Origin, Token } from './names';
import type { Random } from './random';

/** A name as its parts (the same person keeps these on every record). */
export type NameParts = {
	origin: Origin;
	female: boolean;
	/** Given names; for Chinese, the characters of the given name. */
	given: readonly Token[];
	/** Patronymic, father's name, Kumar, Singh/Kaur… */
	middle: readonly Token[];
	/** Surnames, the family one first. */
	surnames: readonly Token[];
};

/** The choices made while typing a name. */
export type Typing = {
	latin: boolean;
	/** Which Latin spelling of each token (its index, modulo the spellings it has). */
	spelling: number;
	surnameFirst: boolean;
	swapGiven: boolean;
	dropSecondGiven: boolean;
	dropSecondSurname: boolean;
	dropMiddle: boolean;
	stripAccents: boolean;
	upper: boolean;
	/** What is typed for the apostrophe in K'iche' or N'Guessan: ' ’ ʼ or nothing. */
	apostrophe: string;
};

export const plainTyping: Typing = {
	latin: false,
	spelling: 0,
	surnameFirst: false,
	swapGiven: false,
	dropSecondGiven: false,
	dropSecondSurname: false,
	dropMiddle: false,
	stripAccents: false,
	upper: false,
	apostrophe: "'"
};

const form = (t: Token, typing: Typing) =>
	typing.latin ? t.latin[typing.spelling % t.latin.length]! : t.native;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

export function stripAccents(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/ı/g, 'i')
		.replace(/İ/g, 'I')
		.normalize('NFC');
}

export function renderName(parts: NameParts, typing: Typing): string {
	let name: string;
	if (parts.origin.style === 'chinese') {
		const surname = form(parts.surnames[0]!, typing);
		if (!typing.latin) name = surname + parts.given.map((t) => t.native).join('');
		else {
			const given = capitalise(parts.given.map((t) => t.latin[0]!).join(''));
			name = typing.surnameFirst ? `${surname} ${given}` : `${given} ${surname}`;
		}
	} else {
		let given = parts.given.map((t) => form(t, typing));
		if (typing.dropSecondGiven) given = given.slice(0, 1);
		else if (typing.swapGiven) given = given.slice().reverse();
		const middle = typing.dropMiddle ? [] : parts.middle.map((t) => form(t, typing));
		let surnames = parts.surnames.map((t) => form(t, typing));
		if (typing.dropSecondSurname) surnames = surnames.slice(0, 1);
		const words = typing.surnameFirst
			? [...surnames, ...given, ...middle]
			: [...given, ...middle, ...surnames];
		name = words.join(' ');
	}
	if (typing.apostrophe !== "'") name = name.replaceAll("'", typing.apostrophe);
	// Accents are dropped from Latin letters only (marks are part of other scripts' letters).
	if (typing.stripAccents && (typing.latin || parts.origin.nativeShare === 1))
		name = stripAccents(name);
	if (typing.upper) name = name.toUpperCase();
	return name;
}

/** How a person of this origin usually types their name the first time. */
export function firstTyping(parts: NameParts, random: Random): Typing {
	const nonLatin = parts.origin.nativeShare < 1;
	return {
		...plainTyping,
		latin: nonLatin ? !random.chance(parts.origin.nativeShare) : true,
		spelling: random.chance(0.8) ? 0 : random.int(3),
		surnameFirst: parts.origin.style === 'chinese' ? random.chance(0.6) : random.chance(0.03),
		dropMiddle:
			parts.origin.style === 'russian'
				? random.chance(0.45)
				: parts.origin.style === 'arabic'
					? random.chance(0.3)
					: false,
		stripAccents: random.chance(0.12),
		upper: random.chance(0.04)
	};
}

const letter = /\p{L}/u;

/** One letter swapped with the next, dropped, or doubled (never the first letter). */
export function typo(name: string, random: Random): string {
	const chars = Array.from(name);
	const positions: number[] = [];
	for (let i = 1; i < chars.length - 1; i++)
		if (letter.test(chars[i]!) && letter.test(chars[i - 1]!)) positions.push(i);
	if (positions.length === 0) return name + name.charAt(name.length - 1);
	const i = random.pick(positions);
	const op = random.int(3);
	if (op === 0 && letter.test(chars[i + 1]!) && chars[i] !== chars[i + 1])
		[chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
	else if (op === 1) chars.splice(i, 1);
	else chars.splice(i, 0, chars[i]!);
	return chars.join('');
}

export type Variation =
	| 'typo'
	| 'order'
	| 'drop_surname'
	| 'drop_given'
	| 'drop_middle'
	| 'apostrophe'
	| 'accents'
	| 'script'
	| 'spelling';

/**
 * The same person's name typed again, differently: one variation (sometimes two) of those that
 * fit the name. Returns the new typing, whether to add a typo, and which variations were used.
 */
export function varyTyping(
	parts: NameParts,
	typing: Typing,
	random: Random
): { typing: Typing; typo: boolean; variations: Variation[] } {
	const rendered = renderName(parts, typing);
	const options: Array<[Variation, number]> = [];
	// Typos here are slips of Latin or Cyrillic letters (not of syllables and vowel signs).
	const alphabetic = typing.latin || parts.origin.style === 'russian';
	if (alphabetic) options.push(['typo', 4]);
	if (parts.origin.style !== 'chinese' || typing.latin) options.push(['order', 2]);
	if (parts.surnames.length > 1 && !typing.dropSecondSurname) options.push(['drop_surname', 3]);
	if (parts.given.length > 1 && parts.origin.style !== 'chinese' && !typing.dropSecondGiven)
		options.push(['drop_given', 1]);
	if (parts.middle.length > 0 && !typing.dropMiddle) options.push(['drop_middle', 2]);
	if (rendered.includes("'") || typing.apostrophe !== "'") options.push(['apostrophe', 8]);
	if ((typing.latin || parts.origin.nativeShare === 1) && rendered !== stripAccents(rendered))
		options.push(['accents', typing.stripAccents ? 0 : 4]);
	if (parts.origin.nativeShare < 1) options.push(['script', 8]);
	const spellings = [...parts.given, ...parts.middle, ...parts.surnames].some(
		(t) => t.latin.length > 1
	);
	if (typing.latin && spellings) options.push(['spelling', 4]);
	const count = random.chance(0.25) ? 2 : 1;
	const next: Typing = { ...typing };
	let addTypo = false;
	const used: Variation[] = [];
	for (let n = 0; n < count && options.length > 0; n++) {
		const i = random.weighted(options.map(([, w]) => w));
		const [variation] = options.splice(i, 1)[0]!;
		used.push(variation);
		switch (variation) {
			case 'typo':
				addTypo = true;
				break;
			case 'order':
				if (parts.given.length > 1 && parts.origin.style !== 'chinese' && random.chance(0.6))
					next.swapGiven = !next.swapGiven;
				else next.surnameFirst = !next.surnameFirst;
				break;
			case 'drop_surname':
				next.dropSecondSurname = true;
				break;
			case 'drop_given':
				next.dropSecondGiven = true;
				break;
			case 'drop_middle':
				next.dropMiddle = true;
				break;
			case 'apostrophe': {
				const forms = ["'", '’', 'ʼ', ''].filter((a) => a !== typing.apostrophe);
				next.apostrophe = random.pick(forms);
				break;
			}
			case 'accents':
				next.stripAccents = true;
				break;
			case 'script':
				next.latin = !next.latin;
				if (next.latin && random.chance(0.3)) next.spelling = random.int(3);
				break;
			case 'spelling':
				next.spelling = typing.spelling + 1 + random.int(2);
				break;
		}
	}
	return { typing: next, typo: addTypo, variations: used };
}

const pad = (n: number) => String(n).padStart(2, '0');
const validDate = isRealDate;

/** The date of birth as typed again: mostly the same; day and month swapped, or one digit off. */
export function varyDateOfBirth(dob: string, random: Random): string {
	const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
	const r = random.next();
	if (r < 0.86) return dob;
	if (r < 0.93 && d <= 12 && d !== m && validDate(y, d, m)) return `${y}-${pad(d)}-${pad(m)}`;
	// One digit off: the last digit of the year or of the day.
	for (let attempt = 0; attempt < 4; attempt++) {
		const delta = random.chance(0.5) ? 1 : -1;
		if (random.chance(0.5)) {
			const year = y + delta;
			if (Math.floor(year / 10) === Math.floor(y / 10) && validDate(year, m, d))
				return `${year}-${pad(m)}-${pad(d)}`;
		} else {
			const day = d + delta;
			if (Math.floor(day / 10) === Math.floor(d / 10) && day >= 1 && validDate(y, m, day))
				return `${y}-${pad(m)}-${pad(day)}`;
		}
	}
	return dob;
}
