/**
 * One person, several accounts: records are grouped into blocks that a real duplicate would
 * share (date of birth, day and month in either order, + a name word's sound; phone;
 * address; birth year + all the name's sounds), compared pairwise within each block (compare.ts), and matches joined into
 * clusters (union–find). Only pairs from different accounts count. Pure.
 */
import { compare, nameSimilarity, similarName, type FrequencyTables } from './compare';
import type { Prepared } from './prepare';
import type { Contribution, Finding } from './types';
import { UnionFind } from './union-find';

export type DuplicateOptions = {
	/** Total weight (bits) from which two records are taken as one person. */
	threshold: number;
	/** Blocks larger than this say little (a shelter's phone) and are skipped. */
	maxBlock: number;
};

type Match = { a: number; b: number; score: number; contributions: Contribution[] };

export const duplicateDefaults: DuplicateOptions = {
	threshold: 21,
	maxBlock: 60
};

/** The blocks a record belongs to: a real duplicate shares at least one with its twin. */
export function blockKeys(p: Prepared, soundCounts?: ReadonlyMap<string, number>): string[] {
	const keys: string[] = [];
	if (p.dob) {
		// Day and month in either order: a date typed the other way round meets its twin.
		const [year, month, day] = p.dob.split('-') as [string, string, string];
		const dayMonth = month < day ? `${month}${day}` : `${day}${month}`;
		for (const s of p.phonetic) keys.push(`d${year}${dayMonth}${s}`);
		// The same birthday with the year slipped (1985 typed as 1986), with the name's two
		// rarest sounds: one common sound ("Maria") would make the blocks too big to say much.
		const rarest = soundCounts
			? [...p.phonetic]
					.sort((x, y) => (soundCounts.get(x) ?? 0) - (soundCounts.get(y) ?? 0))
					.slice(0, 2)
					.sort()
					.join('.')
			: p.phonetic.join('.');
		if (rarest) keys.push(`m${dayMonth}${rarest}`);
	}
	if (p.dob && p.phonetic.length)
		keys.push(`y${p.dob.slice(0, 4)}${[...p.phonetic].sort().join('.')}`);
	if (p.phone) keys.push(`p${p.phone}`);
	if (p.addressKey) keys.push(`a${p.addressKey}`);
	return keys;
}

const blockKinds = ['d', 'm', 'y', 'p', 'a'] as const;

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

export function findDuplicates(
	people: readonly Prepared[],
	f: FrequencyTables,
	options: DuplicateOptions = duplicateDefaults
): Finding[] {
	const soundCounts = new Map<string, number>();
	for (const p of people)
		for (const s of p.phonetic) soundCounts.set(s, (soundCounts.get(s) ?? 0) + 1);
	// Pairs already compared, as one number (person ids stay far below 2^26).
	const seen = new Set<number>();
	const matches = new Map<string, Match>();
	const clusters = new UnionFind();
	// One kind of block at a time, keyed by a 32-bit hash of the block's key: a million people
	// make millions of blocks, and holding them all as strings at once costs gigabytes. Two
	// keys with one hash only merge two blocks (more comparisons, never fewer).
	for (const kind of blockKinds) {
		const blocks = new Map<number, number[]>();
		people.forEach((p, i) => {
			for (const key of blockKeys(p, soundCounts)) {
				if (key[0] !== kind) continue;
				const hash = fnv1a(key);
				const list = blocks.get(hash);
				if (list) list.push(i);
				else blocks.set(hash, [i]);
			}
		});
		for (const members of blocks.values()) {
			if (members.length < 2 || members.length > options.maxBlock) continue;
			for (let x = 0; x < members.length; x++) {
				for (let y = x + 1; y < members.length; y++) {
					const a = people[members[x]!]!;
					const b = people[members[y]!]!;
					if (a.accountId === b.accountId) continue;
					const low = Math.min(a.personId, b.personId);
					const high = Math.max(a.personId, b.personId);
					const pairNumber = low * 67_108_864 + high;
					if (seen.has(pairNumber)) continue;
					seen.add(pairNumber);
					// Different names with neither phone nor address shared cannot reach the
					// threshold (at most about 11 bits): most pairs of a block end here, cheaply.
					const sim = nameSimilarity(a, b);
					if (
						sim < similarName &&
						(!a.phone || a.phone !== b.phone) &&
						(!a.addressKey || a.addressKey !== b.addressKey)
					)
						continue;
					const result = compare(a, b, f, sim);
					if (result.score < options.threshold) continue;
					clusters.union(a.personId, b.personId);
					matches.set(`${low}:${high}`, {
						a: low,
						b: high,
						score: result.score,
						contributions: result.contributions
					});
				}
			}
		}
	}
	const accountOf = new Map(people.map((p) => [p.personId, p.accountId]));
	const findings: Finding[] = [];
	const pairsOf = new Map<number, Array<typeof matches extends Map<string, infer V> ? V : never>>();
	for (const match of matches.values()) {
		const root = clusters.find(match.a);
		const list = pairsOf.get(root);
		if (list) list.push(match);
		else pairsOf.set(root, [match]);
	}
	for (const group of clusters.groups()) {
		const pairs = pairsOf.get(clusters.find(group[0]!)) ?? [];
		const best = Math.max(...pairs.map((p) => p.score));
		const personIds = [...group].sort((a, b) => a - b);
		findings.push({
			kind: 'duplicate_person',
			// The earliest record names the cluster: it stays the same as the cluster grows.
			key: `person:${personIds[0]}`,
			score: Math.min(100, Math.round(best * 3)),
			accountIds: [...new Set(personIds.map((id) => accountOf.get(id)!))].sort((a, b) => a - b),
			personIds,
			evidence: {
				kind: 'duplicate_person',
				pairs: pairs.sort((x, y) => y.score - x.score).slice(0, 10),
				people: personIds.map((personId) => ({ personId, accountId: accountOf.get(personId)! }))
			}
		});
	}
	return findings;
}
