/**
 * One person, several accounts: records are grouped into blocks that a real duplicate would
 * share (date of birth, day and month in either order, + a name word's sound; phone;
 * address; birth year + all the name's sounds), compared pairwise within each block (compare.ts), and matches joined into
 * clusters (union–find). Only pairs from different accounts count. Pure.
 */
import { compare, type FrequencyTables } from './compare';
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

export const duplicateDefaults: DuplicateOptions = { threshold: 14, maxBlock: 60 };

/** The blocks a record belongs to: a real duplicate shares at least one with its twin. */
export function blockKeys(p: Prepared): string[] {
	const keys: string[] = [];
	if (p.dob) {
		// Day and month in either order: a date typed the other way round meets its twin.
		const [year, month, day] = p.dob.split('-') as [string, string, string];
		const dayMonth = month < day ? `${month}${day}` : `${day}${month}`;
		for (const s of p.phonetic) keys.push(`d${year}${dayMonth}${s}`);
	}
	if (p.dob && p.phonetic.length)
		keys.push(`y${p.dob.slice(0, 4)}${[...p.phonetic].sort().join('.')}`);
	if (p.phone) keys.push(`p${p.phone}`);
	if (p.addressKey) keys.push(`a${p.addressKey}`);
	return keys;
}

export function findDuplicates(
	people: readonly Prepared[],
	f: FrequencyTables,
	options: DuplicateOptions = duplicateDefaults
): Finding[] {
	const blocks = new Map<string, number[]>();
	people.forEach((p, i) => {
		for (const key of blockKeys(p)) {
			const list = blocks.get(key);
			if (list) list.push(i);
			else blocks.set(key, [i]);
		}
	});
	const seen = new Set<string>();
	const matches = new Map<string, Match>();
	const clusters = new UnionFind();
	for (const members of blocks.values()) {
		if (members.length < 2 || members.length > options.maxBlock) continue;
		for (let x = 0; x < members.length; x++) {
			for (let y = x + 1; y < members.length; y++) {
				const a = people[members[x]!]!;
				const b = people[members[y]!]!;
				if (a.accountId === b.accountId) continue;
				const pair =
					a.personId < b.personId ? `${a.personId}:${b.personId}` : `${b.personId}:${a.personId}`;
				if (seen.has(pair)) continue;
				seen.add(pair);
				const result = compare(a, b, f);
				if (result.score < options.threshold) continue;
				clusters.union(a.personId, b.personId);
				matches.set(pair, {
					a: Math.min(a.personId, b.personId),
					b: Math.max(a.personId, b.personId),
					score: result.score,
					contributions: result.contributions
				});
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
