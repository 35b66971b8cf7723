/**
 * Shared destination address: many people of different families (different surnames, in
 * different accounts) giving one address within a window. A household or a sponsor hosting a
 * few families stays below the thresholds; shelters and sponsor organisations that house many
 * people are on the allowlist and never flagged. The rarer such a busy address is, the higher
 * the score. Pure.
 */
import type { Prepared } from './prepare';
import type { Finding } from './types';

export type SharedAddressOptions = {
	minAccounts: number;
	minSurnames: number;
	/** Only registrations this recent count (the inspector's case spanned eight months). */
	windowMs: number;
};

export const sharedAddressDefaults: SharedAddressOptions = {
	minAccounts: 10,
	minSurnames: 8,
	windowMs: 240 * 24 * 60 * 60_000
};

export function findSharedAddresses(
	people: readonly Prepared[],
	allowlist: ReadonlySet<string>,
	now: number,
	options: SharedAddressOptions = sharedAddressDefaults
): Finding[] {
	type Group = {
		people: number[];
		accounts: Set<number>;
		surnames: Set<string>;
		ports: Set<string>;
		first: number;
		last: number;
	};
	const groups = new Map<string, Group>();
	for (const p of people) {
		if (!p.addressKey || p.registeredAt < now - options.windowMs) continue;
		let g = groups.get(p.addressKey);
		if (!g) {
			g = {
				people: [],
				accounts: new Set(),
				surnames: new Set(),
				ports: new Set(),
				first: p.registeredAt,
				last: p.registeredAt
			};
			groups.set(p.addressKey, g);
		}
		g.people.push(p.personId);
		g.accounts.add(p.accountId);
		if (p.surname) g.surnames.add(p.surname);
		for (const port of p.portIds) g.ports.add(port);
		g.first = Math.min(g.first, p.registeredAt);
		g.last = Math.max(g.last, p.registeredAt);
	}
	// How many addresses are at least this busy: the rarity of each count.
	const busy = [...groups.values()].map((g) => g.accounts.size).sort((a, b) => b - a);
	const atLeast = (n: number) => {
		let lo = 0;
		let hi = busy.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (busy[mid]! >= n) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	const findings: Finding[] = [];
	for (const [key, g] of groups) {
		if (g.accounts.size < options.minAccounts || g.surnames.size < options.minSurnames) continue;
		if (allowlist.has(key)) continue;
		const addressesThisBusy = atLeast(g.accounts.size);
		const score =
			50 +
			10 * Math.log2(g.accounts.size / options.minAccounts) +
			20 * (g.surnames.size / g.people.length) -
			5 * Math.log2(addressesThisBusy);
		findings.push({
			kind: 'shared_address',
			key: `address:${key}`,
			score: Math.max(1, Math.min(100, Math.round(score))),
			accountIds: [...g.accounts].sort((a, b) => a - b),
			personIds: g.people.sort((a, b) => a - b),
			evidence: {
				kind: 'shared_address',
				addressKey: key,
				people: g.people.length,
				accounts: g.accounts.size,
				surnames: g.surnames.size,
				ports: [...g.ports].sort(),
				firstAt: g.first,
				lastAt: g.last,
				addressesThisBusy
			}
		});
	}
	return findings;
}
