/**
 * Comparing two person records, Fellegi–Sunter style: each field's agreement adds
 * log2(m/u) and each disagreement log2((1−m)/(1−u)), where m is how often one person's two
 * records agree on that field and u how often two different people's do. The u values come
 * from the data itself (how common each exact value is, and how often random pairs agree), so
 * a shared common name counts for less than a shared rare one. Pure.
 */
import jaroWinkler from 'talisman/metrics/jaro-winkler';
import { dateSlip } from './normalise';
import type { Prepared } from './prepare';
import type { Contribution, FieldAgreement } from './types';

/** How often one person's two records agree, field by field (from reviewed duplicates). */
export const mProbabilities = {
	nameExact: 0.6,
	nameSimilar: 0.39,
	dobExact: 0.9,
	dobSwapped: 0.05,
	dobDigit: 0.03,
	phone: 0.35,
	address: 0.3,
	nationality: 0.95
};

/** Names at least this similar (0–1) count as "similar". */
export const similarName = 0.9;

export type FrequencyTables = {
	total: number;
	names: Map<string, number>;
	dobs: Map<string, number>;
	phones: Map<string, number>;
	addresses: Map<string, number>;
	nationalities: Map<string, number>;
	/** Share of random pairs of different people whose names are similar but not equal. */
	uNameSimilar: number;
	/** In how many records each name word appears. */
	tokens: Map<string, number>;
	/** A typical record's rarest word, as a share of all records (the median). */
	typicalRarestShare: number;
	/** …and whose dates of birth are the same with day and month swapped, or one digit off. */
	uDobSwapped: number;
	uDobDigit: number;
};

/**
 * Name similarity whatever the order of the words and with words left out: each word of the
 * shorter name against its best match in the other (Jaro–Winkler), or the whole names
 * written without spaces, whichever is higher.
 */
export function nameSimilarity(a: Prepared, b: Prepared): number {
	if (a.compact === b.compact) return 1;
	const byWords = wordSimilarity(a.tokens, b.tokens);
	// One name typed in Arabic or Gurmukhi letters, the other in Latin: transliteration
	// leaves out vowels the other spelling has, so the words' sounds are compared as well.
	if (a.latin !== b.latin) return Math.max(byWords, wordSimilarity(a.phonetic, b.phonetic) * 0.97);
	if (a.tokens.length === b.tokens.length) return byWords;
	// Written without spaces only when the words were split or joined differently
	// ("Xiao Ming" / "Xiaoming"): otherwise a long shared start would pass for a match.
	return Math.max(byWords, jaroWinkler(a.compact, b.compact) * 0.98);
}

/** Jaro–Winkler of two words, remembered: the same pairs of name words come up again and again. */
const pairs = new Map<string, number>();
function wordPair(t: string, u: string): number {
	if (t === u) return 1;
	const key = t < u ? `${t}|${u}` : `${u}|${t}`;
	let similarity = pairs.get(key);
	if (similarity === undefined) {
		if (pairs.size > 2_000_000) pairs.clear();
		pairs.set(key, (similarity = jaroWinkler(t, u)));
	}
	return similarity;
}

function wordSimilarity(first: readonly string[], second: readonly string[]): number {
	const [short, long] = first.length <= second.length ? [first, second] : [second, first];
	if (!short.length) return 0;
	// Words are paired one to one, best pairs first: one word cannot stand in for two.
	const candidates: Array<[number, number, number]> = [];
	short.forEach((t, i) => long.forEach((u, j) => candidates.push([wordPair(t, u), i, j])));
	candidates.sort((x, y) => y[0] - x[0]);
	const usedShort = new Set<number>();
	const usedLong = new Set<number>();
	let sum = 0;
	for (const [similarity, i, j] of candidates) {
		if (usedShort.has(i) || usedLong.has(j)) continue;
		usedShort.add(i);
		usedLong.add(j);
		sum += similarity;
	}
	// A left-out word costs a little: "María García" is close to "María García López".
	return (sum / short.length) * (1 - 0.03 * (long.length - short.length));
}

const log2 = Math.log2;

function weightFor(agree: boolean, m: number, u: number): number {
	const uu = Math.min(Math.max(u, 1e-9), 0.999999);
	return agree ? log2(m / uu) : log2((1 - m) / (1 - uu));
}

/**
 * Below this many people, how common a value is cannot be told from the data (in a database
 * of two people every name is "common"): the weights assume at least this many.
 */
export const minPopulation = 10_000;

function exactU(table: Map<string, number>, value: string, total: number): number {
	// The chance that a random other person has this value: how common it is.
	return Math.max(1, table.get(value) ?? 1) / Math.max(total, minPopulation);
}

/**
 * How often different people's names are this similar depends on the words they share:
 * two names alike through a rare family name say more than two alike through "Kaur" or
 * "Singh". The sampled rate is scaled by how common the rarest shared word is, compared with
 * a typical name's rarest word (at most 4× rarer, 20× more common).
 */
function similarNameU(a: Prepared, b: Prepared, f: FrequencyTables): number {
	let rarest = Infinity;
	for (const t of a.tokens)
		if (b.tokens.includes(t)) rarest = Math.min(rarest, f.tokens.get(t) ?? 1);
	if (rarest === Infinity || !f.typicalRarestShare) return f.uNameSimilar;
	const share = rarest / Math.max(f.total, minPopulation);
	return f.uNameSimilar * Math.min(20, Math.max(0.25, share / f.typicalRarestShare));
}

export type Comparison = { score: number; contributions: Contribution[] };

/** Every field's contribution and the total (in bits: above 0 leans "same person"). */
export function compare(
	a: Prepared,
	b: Prepared,
	f: FrequencyTables,
	nameSim = nameSimilarity(a, b)
): Comparison {
	const contributions: Contribution[] = [];
	const add = (
		field: Contribution['field'],
		agreement: FieldAgreement,
		similarity: number,
		weight: number
	) => contributions.push({ field, agreement, similarity, weight: Math.round(weight * 10) / 10 });

	const sim = nameSim;
	const mNameMiss = 1 - mProbabilities.nameExact - mProbabilities.nameSimilar;
	if (sim === 1) {
		add(
			'name',
			'exact',
			1,
			weightFor(true, mProbabilities.nameExact, exactU(f.names, a.compact, f.total))
		);
	} else if (sim >= similarName) {
		add('name', 'similar', sim, weightFor(true, mProbabilities.nameSimilar, similarNameU(a, b, f)));
	} else {
		add('name', 'different', sim, log2(mNameMiss / (1 - f.uNameSimilar)));
	}

	if (!a.dob || !b.dob) add('date_of_birth', 'missing', 0, 0);
	else if (a.dob === b.dob)
		add(
			'date_of_birth',
			'exact',
			1,
			weightFor(true, mProbabilities.dobExact, exactU(f.dobs, a.dob, f.total))
		);
	else {
		const slip = dateSlip(a.dob, b.dob);
		if (slip === 'swapped')
			add(
				'date_of_birth',
				'similar',
				0.9,
				weightFor(true, mProbabilities.dobSwapped, f.uDobSwapped)
			);
		else if (slip === 'digit')
			add('date_of_birth', 'similar', 0.8, weightFor(true, mProbabilities.dobDigit, f.uDobDigit));
		else
			add(
				'date_of_birth',
				'different',
				0,
				log2(1 - mProbabilities.dobExact - mProbabilities.dobSwapped - mProbabilities.dobDigit)
			);
	}

	if (!a.phone || !b.phone) add('phone', 'missing', 0, 0);
	else if (a.phone === b.phone)
		add(
			'phone',
			'exact',
			1,
			weightFor(true, mProbabilities.phone, exactU(f.phones, a.phone, f.total))
		);
	else add('phone', 'different', 0, weightFor(false, mProbabilities.phone, 0));

	if (!a.addressKey || !b.addressKey) add('address', 'missing', 0, 0);
	else if (a.addressKey === b.addressKey)
		add(
			'address',
			'exact',
			1,
			weightFor(true, mProbabilities.address, exactU(f.addresses, a.addressKey, f.total))
		);
	else add('address', 'different', 0, weightFor(false, mProbabilities.address, 0));

	// A nationality is shared by many, and names already say much of it (the fields are not
	// independent): its u is taken as at least 5 %, so it adds at most about 4 bits.
	const sameNationality = a.nationality === b.nationality;
	add(
		'nationality',
		sameNationality ? 'exact' : 'different',
		sameNationality ? 1 : 0,
		weightFor(
			sameNationality,
			mProbabilities.nationality,
			Math.max(0.05, exactU(f.nationalities, a.nationality, f.total))
		)
	);

	const score = contributions.reduce((s, c) => s + c.weight, 0);
	return { score: Math.round(score * 10) / 10, contributions };
}
