/** How common each value is, and how often random pairs of people agree: the u of compare.ts. */
import type { FrequencyTables } from './compare';
import { minPopulation, nameSimilarity, similarName } from './compare';
import { dateSlip } from './normalise';
import type { Prepared } from './prepare';

function count(table: Map<string, number>, value: string | null): void {
	if (value) table.set(value, (table.get(value) ?? 0) + 1);
}

/** A small seeded generator (mulberry32): the same data always gives the same weights. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function frequencyTables(
	people: readonly Prepared[],
	samplePairs = 20_000
): FrequencyTables {
	const f: FrequencyTables = {
		total: people.length,
		names: new Map(),
		dobs: new Map(),
		phones: new Map(),
		addresses: new Map(),
		nationalities: new Map(),
		uNameSimilar: 0.001,
		tokens: new Map(),
		typicalRarestShare: 0,
		uDobSwapped: 0.001,
		uDobDigit: 0.001
	};
	for (const p of people) {
		count(f.names, p.compact);
		count(f.dobs, p.dob);
		count(f.phones, p.phone);
		count(f.addresses, p.addressKey);
		count(f.nationalities, p.nationality);
		for (const t of new Set(p.tokens)) count(f.tokens, t);
	}
	if (people.length) {
		// The median over a sample of records of their rarest word's share.
		const step = Math.max(1, Math.floor(people.length / 5_000));
		const shares: number[] = [];
		for (let i = 0; i < people.length; i += step) {
			let rarest = Infinity;
			for (const t of people[i]!.tokens) rarest = Math.min(rarest, f.tokens.get(t) ?? 1);
			if (rarest !== Infinity) shares.push(rarest / Math.max(people.length, minPopulation));
		}
		shares.sort((x, y) => x - y);
		f.typicalRarestShare = shares[Math.floor(shares.length / 2)] ?? 0;
	}
	if (people.length > 1) {
		const next = random(people.length);
		let names = 0;
		let swapped = 0;
		let digit = 0;
		for (let i = 0; i < samplePairs; i++) {
			const a = people[Math.floor(next() * people.length)]!;
			const b = people[Math.floor(next() * people.length)]!;
			const s = nameSimilarity(a, b);
			if (s >= similarName && s < 1) names++;
			const slip = a.dob && b.dob ? dateSlip(a.dob, b.dob) : null;
			if (slip === 'swapped') swapped++;
			else if (slip === 'digit') digit++;
		}
		// At least one in the sample: a zero would make any agreement infinitely telling.
		f.uNameSimilar = Math.max(names, 1) / samplePairs;
		f.uDobSwapped = Math.max(swapped, 1) / samplePairs;
		f.uDobDigit = Math.max(digit, 1) / samplePairs;
	}
	return f;
}
