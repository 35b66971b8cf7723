/**
 * A synthetic population for the integrity analytics: N people in families and accounts over
 * the last 240 days, with planted patterns (shared-address rings, duplicate persons, velocity,
 * network bursts) and legitimate look-alikes (shelters, sponsors, kiosks), and the ground
 * truth of what was planted. Deterministic: the same options give the same data set.
 */
import type { UsAddress } from '../../server/db/schema';
import { addressKey } from '../normalise';
import {
	assignBrowsers,
	planFor,
	plantBrowserVelocity,
	plantDuplicates,
	plantKioskSpike,
	plantNetworkBurst,
	plantPhoneVelocity,
	plantRequestVelocity,
	plantRing,
	plantShelter,
	plantSponsor,
	type Plan
} from './plant';
import { createRandom } from './random';
import { dayMs, World, type SynAccount, type SynKiosk, type SynOrganisation } from './world';

export type Truth = {
	people: number;
	seed: number;
	generatedAt: number;
	sharedAddressRings: Array<{
		accountIds: number[];
		people: number;
		surnames: number;
		address: UsAddress;
	}>;
	allowlistedShelters: Array<{ label: string; address: UsAddress; accountIds: number[] }>;
	legitimateSharedAddresses: Array<{ accountIds: number[] }>;
	/** Every pair of records of one real person, across accounts (smaller person id first). */
	duplicatePairs: Array<[number, number]>;
	/** What should be flagged for velocity. */
	velocity: { accounts: number[]; phones: string[]; kiosks: number[]; browsers: string[] };
	networkBursts: Array<{ networkHash: string; accountIds: number[] }>;
	/** Networks many accounts share for an ordinary reason (a kiosk, a caseworker's office). */
	normalSharedNetworks: Array<{
		networkHash: string;
		reason: 'kiosk' | 'caseworker_office';
		accountIds: number[];
	}>;
};

export type FirstIds = { account: number; person: number; organisation: number; kiosk: number };

export type GenerateOptions = {
	people: number;
	seed: number;
	/** The end of the 240-day window (ms); all times fall before it. */
	now: number;
	/** The first free ids, when adding to a database that has rows already. */
	firstIds?: Partial<FirstIds>;
};

export type AllowlistEntry = { addressKey: string; label: string; createdAt: number };

export type Dataset = {
	organisations: SynOrganisation[];
	kiosks: SynKiosk[];
	/** In order of creation, ids assigned. */
	accounts: SynAccount[];
	allowlist: AllowlistEntry[];
	truth: Truth;
	plan: Plan;
};

/** The allowlist key of a shelter's address: the analytics' own normalised key. */
export function allowlistKey(address: UsAddress): string {
	return addressKey(address) ?? `${address.line1}|${address.zip}`;
}

const codeAlphabet = '34679ACDEFGHJKMNPQRTWXY';
const codeSpace = BigInt(codeAlphabet.length) ** 9n;

/** XXX-XXX-XXX: a permutation of the account id, so codes never repeat. */
export function bookingCodeFor(accountId: number): string {
	let v = (BigInt(accountId) * 1_000_000_007n + 982_451_653n) % codeSpace;
	let out = '';
	for (let i = 0; i < 9; i++) {
		out = codeAlphabet[Number(v % 23n)] + out;
		v /= 23n;
	}
	return `${out.slice(0, 3)}-${out.slice(3, 6)}-${out.slice(6)}`;
}

export function generate(options: GenerateOptions): Dataset {
	const { people, seed, now } = options;
	const ids: FirstIds = { account: 1, person: 1, organisation: 1, kiosk: 1, ...options.firstIds };
	const random = createRandom(seed);
	const w = new World(random, now, ids);
	const plan = planFor(people);

	const rings = plan.rings.map((ring, i) => plantRing(w, ring.people, ring.surnames, i === 1));
	const shelters = plan.shelters.map((s) => ({ label: s.label, ...plantShelter(w, s.residents) }));
	const velocityAccounts = Array.from({ length: plan.velocityAccounts }, () =>
		plantRequestVelocity(w, plan.requestsPerVelocityAccount)
	);
	const velocityPhones = Array.from({ length: plan.velocityPhones }, (_, i) =>
		plantPhoneVelocity(w, plan.accountsPerPhone, i % 2 === 0 ? 'day' : 'month')
	);
	const spikeKiosk = w.kiosks[random.int(w.kiosks.length)]!;
	plantKioskSpike(w, spikeKiosk, plan.kioskSpike);
	const bursts = Array.from({ length: plan.bursts }, () => plantNetworkBurst(w));
	const sponsors = Array.from({ length: plan.sponsors }, () => plantSponsor(w));

	const ordinaryTarget = people - plan.duplicates;
	if (w.people > ordinaryTarget * 0.6)
		throw new Error(
			`${people} people are too few for the planted patterns (${w.people + plan.duplicates} ` +
				'people); use 1,000 or more'
		);

	// The ordinary population; some households register two or three accounts on one network.
	const ordinary: SynAccount[] = [];
	let previous: SynAccount | null = null;
	while (w.people < ordinaryTarget) {
		const origin = w.origin();
		const size = Math.min(w.familySize(), ordinaryTarget - w.people);
		const members = w.family(origin, size);
		let account: SynAccount;
		if (previous && previous.channel === 'self' && random.chance(0.06)) {
			const at = Math.min(now - 60_000, previous.createdAt + random.int(3 * dayMs));
			account = w.ordinaryAccount(members, at, {
				channel: 'self',
				networkHash: previous.networkHash
			});
		} else account = w.ordinaryAccount(members, w.time());
		ordinary.push(account);
		previous = account;
	}
	const duplicateGroups = plantDuplicates(w, ordinary, plan.duplicates);
	assignBrowsers(w.accounts);
	const velocityBrowsers = plantBrowserVelocity(
		w,
		ordinary,
		plan.velocityBrowsers,
		plan.accountsPerBrowser
	);

	// Ids in order of creation, as the application would have given them.
	const accounts = w.accounts.slice().sort((a, b) => a.createdAt - b.createdAt);
	let personId = ids.person;
	accounts.forEach((a, i) => {
		a.id = ids.account + i;
		a.bookingCode = bookingCodeFor(a.id);
		for (const p of a.people) p.id = personId++;
	});

	const accountIds = (list: readonly SynAccount[]) => list.map((a) => a.id).sort((x, y) => x - y);
	const duplicatePairs: Array<[number, number]> = [];
	for (const group of duplicateGroups)
		for (let i = 0; i < group.length; i++)
			for (let j = i + 1; j < group.length; j++) {
				const a = group[i]!.id;
				const b = group[j]!.id;
				duplicatePairs.push(a < b ? [a, b] : [b, a]);
			}
	duplicatePairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

	const byNetwork = new Map<string, number[]>();
	for (const a of accounts)
		if (a.channel !== 'self') {
			const list = byNetwork.get(a.networkHash) ?? [];
			list.push(a.id);
			byNetwork.set(a.networkHash, list);
		}
	const normalSharedNetworks: Truth['normalSharedNetworks'] = [
		...w.kiosks.map((k) => ({ networkHash: k.networkHash, reason: 'kiosk' as const })),
		...w.ngos.map((o) => ({ networkHash: o.networkHash, reason: 'caseworker_office' as const }))
	]
		.map((n) => ({ ...n, accountIds: byNetwork.get(n.networkHash) ?? [] }))
		.filter((n) => n.accountIds.length > 1);

	const truth: Truth = {
		people,
		seed,
		generatedAt: now,
		sharedAddressRings: rings.map((r) => ({
			accountIds: accountIds(r.accounts),
			people: r.people,
			surnames: r.surnames,
			address: r.address
		})),
		allowlistedShelters: shelters.map((s) => ({
			label: s.label,
			address: s.address,
			accountIds: accountIds(s.accounts)
		})),
		legitimateSharedAddresses: sponsors.map((s) => ({ accountIds: accountIds(s) })),
		duplicatePairs,
		velocity: {
			accounts: accountIds(velocityAccounts),
			phones: velocityPhones.map((v) => v.phone),
			kiosks: [spikeKiosk.id],
			browsers: velocityBrowsers.map((b) => b.browserHash)
		},
		networkBursts: bursts.map((b) => ({
			networkHash: b.networkHash,
			accountIds: accountIds(b.accounts)
		})),
		normalSharedNetworks
	};
	const allowlist = shelters.map((s) => ({
		addressKey: allowlistKey(s.address),
		label: s.label,
		createdAt: w.start - 7 * dayMs
	}));
	return {
		organisations: w.organisations,
		kiosks: w.kiosks,
		accounts,
		allowlist,
		truth,
		plan
	};
}
