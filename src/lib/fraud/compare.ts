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
	nameExact: 0.55,
	nameSimilar: 0.4,
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
	const [short, long] =
		a.tokens.length <= b.tokens.length ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
	if (!short.length) return 0;
	// Words are paired one to one, best pairs first: one word cannot stand in for two.
	const candidates: Array<[number, number, number]> = [];
	short.forEach((t, i) =>
		long.forEach((u, j) => candidates.push([t === u ? 1 : jaroWinkler(t, u), i, j]))
	);
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
	const tokenScore = (sum / short.length) * (1 - 0.03 * (long.length - short.length));
	return Math.max(tokenScore, jaroWinkler(a.compact, b.compact) * 0.98);
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

export type Comparison = { score: number; contributions: Contribution[] };

/** Every field's contribution and the total (in bits: above 0 leans "same person"). */
export function compare(a: Prepared, b: Prepared, f: FrequencyTables): Comparison {
	const contributions: Contribution[] = [];
	const add = (
		field: Contribution['field'],
		agreement: FieldAgreement,
		similarity: number,
		weight: number
	) => contributions.push({ field, agreement, similarity, weight: Math.round(weight * 10) / 10 });

	const sim = nameSimilarity(a, b);
	const mNameMiss = 1 - mProbabilities.nameExact - mProbabilities.nameSimilar;
	if (sim === 1) {
		add(
			'name',
			'exact',
			1,
			weightFor(true, mProbabilities.nameExact, exactU(f.names, a.compact, f.total))
		);
	} else if (sim >= similarName) {
		add('name', 'similar', sim, weightFor(true, mProbabilities.nameSimilar, f.uNameSimilar));
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

	const sameNationality = a.nationality === b.nationality;
	add(
		'nationality',
		sameNationality ? 'exact' : 'different',
		sameNationality ? 1 : 0,
		weightFor(
			sameNationality,
			mProbabilities.nationality,
			exactU(f.nationalities, a.nationality, f.total)
		)
	);

	const score = contributions.reduce((s, c) => s + c.weight, 0);
	return { score: Math.round(score * 10) / 10, contributions };
}
