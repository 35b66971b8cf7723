/**
 * The patterns planted in the synthetic population, for the integrity analytics to find (or,
 * for shelters, sponsors and kiosks, to leave alone). Each returns what it made, so the truth
 * file can name the accounts and people involved.
 */
import type { UsAddress } from '../../server/db/schema';
import {
	canonicalAddress,
	randomStyle,
	specialAddress,
	typeAddress,
	type Address
} from './addresses';
import type { Token } from './names';
import { renderName, typo, varyDateOfBirth, varyTyping } from './typing';
import {
	dayMs,
	isoDate,
	portIds,
	type SynAccount,
	type SynKiosk,
	type SynPerson,
	type World
} from './world';

export type Plan = {
	rings: Array<{ people: number; surnames: number }>;
	shelters: Array<{ label: string; residents: number }>;
	sponsors: number;
	velocityAccounts: number;
	requestsPerVelocityAccount: number;
	velocityPhones: number;
	accountsPerPhone: number;
	velocityBrowsers: number;
	accountsPerBrowser: number;
	kioskSpike: number;
	bursts: number;
	duplicates: number;
};

/** The planted counts for a population of `people`: at least these for 100,000. */
export function planFor(people: number): Plan {
	const f = people / 100_000;
	const root = Math.sqrt(f);
	const scaled = (n: number) => (f >= 1 ? n : Math.max(12, Math.round(n * f)));
	const ring = (p: number, s: number) => {
		const n = scaled(p);
		return { people: n, surnames: f >= 1 ? s : Math.max(2, Math.min(n, Math.round((n * s) / p))) };
	};
	const smallRings = [ring(60, 50), ring(30, 25), ring(24, 20)];
	const rings = [ring(358, 266)];
	const smallCount = Math.max(2, Math.round(3 * root));
	for (let i = 0; i < smallCount; i++) rings.push(smallRings[i % smallRings.length]!);
	return {
		rings,
		shelters: [
			{ label: 'Hope Harbor Family Shelter', residents: Math.min(500, scaled(500)) },
			{ label: 'Casa Nueva Vida Welcome Center', residents: Math.min(150, scaled(150)) }
		],
		sponsors: Math.max(2, Math.round(200 * f)),
		velocityAccounts: Math.max(2, Math.round(5 * root)),
		requestsPerVelocityAccount: 40,
		velocityPhones: Math.max(2, Math.round(4 * root)),
		accountsPerPhone: 25,
		velocityBrowsers: Math.max(2, Math.round(3 * root)),
		accountsPerBrowser: 14,
		kioskSpike: f >= 1 ? 400 : Math.max(30, Math.round(400 * f)),
		bursts: Math.max(2, Math.round(3 * root)),
		duplicates: Math.round(people * 0.01)
	};
}

export type PlantedAddress = {
	accounts: SynAccount[];
	people: number;
	surnames: number;
	address: UsAddress;
};

/** Families of one or a few people with distinct family surnames, `people` in all. */
function distinctFamilies(
	w: World,
	people: number,
	surnames: number,
	maxSize: number
): Array<{ members: SynPerson[]; surname: Token }> {
	const r = w.random;
	const used = new Set<string>();
	const sizes = new Array<number>(surnames).fill(1);
	for (let extra = people - surnames; extra > 0; extra--) {
		let i = r.int(surnames);
		for (let tries = 0; sizes[i]! >= maxSize && tries < 50; tries++) i = r.int(surnames);
		sizes[i]!++;
	}
	return sizes.map((size) => {
		for (;;) {
			const origin = w.origin();
			const surname = r.pick(origin.surnames);
			const key = `${origin.id}|${surname.native}`;
			if (used.has(key)) continue;
			used.add(key);
			return { members: w.family(origin, size, { surname, partner: false }), surname };
		}
	});
}

/**
 * A shared-address ring: apparently unrelated people in distinct accounts, over all ports and
 * the whole window, all giving one house, typed many equivalent ways.
 */
export function plantRing(
	w: World,
	people: number,
	surnames: number,
	withUnit: boolean
): PlantedAddress {
	const r = w.random;
	const address = specialAddress(w.specialAddressCounter++, r, withUnit);
	const families = r.shuffle(distinctFamilies(w, people, surnames, 4));
	const accounts = families.map(({ members }, k) =>
		w.account({
			createdAt: w.time(),
			channel: r.pickWeighted(['self', 'caseworker', 'kiosk'] as const, [80, 10, 10]),
			kiosk: w.pickKiosk(),
			organisation: w.pickOrganisation(),
			people: members,
			phone: r.chance(0.7) ? w.phone(members[0]!.nationality) : null,
			usAddress: typeAddress(address, randomStyle(r, false)),
			firstPort: portIds[k % portIds.length],
			planted: true
		})
	);
	return { accounts, people, surnames, address: canonicalAddress(address) };
}

/** An allowlisted shelter: many families with distinct surnames, all at its address. */
export function plantShelter(w: World, residents: number): PlantedAddress & { raw: Address } {
	const r = w.random;
	const address = specialAddress(w.specialAddressCounter++, r, false);
	// Staff tell residents the address: a few ways of writing it, not dozens.
	const styles = [randomStyle(r), randomStyle(r), randomStyle(r, false)];
	const accounts: SynAccount[] = [];
	const used = new Set<string>();
	let left = residents;
	while (left > 0) {
		const origin = w.origin();
		const surname = r.pick(origin.surnames);
		const key = `${origin.id}|${surname.native}`;
		if (used.has(key)) continue;
		used.add(key);
		const size = Math.min(left, w.familySize());
		left -= size;
		accounts.push(
			w.ordinaryAccount(w.family(origin, size, { surname }), w.time(), {
				usAddress: typeAddress(address, styles[r.weighted([70, 20, 10])]!),
				planted: true
			})
		);
	}
	return {
		accounts,
		people: residents,
		surnames: used.size,
		address: canonicalAddress(address),
		raw: address
	};
}

/** A sponsor's home: two to four families with different surnames, registered over weeks. */
export function plantSponsor(w: World): SynAccount[] {
	const r = w.random;
	const address = w.nextOrdinaryAddress();
	const families = r.between(2, 4);
	const sharedNetwork = r.chance(0.5) ? w.network() : undefined;
	const first = w.time(w.start, w.now - 60 * dayMs);
	const sameOrigin = r.chance(0.7) ? w.origin() : null;
	const used = new Set<string>();
	const accounts: SynAccount[] = [];
	while (accounts.length < families) {
		const origin = sameOrigin ?? w.origin();
		const surname = r.pick(origin.surnames);
		if (used.has(surname.native)) continue;
		used.add(surname.native);
		const size = w.familySize();
		accounts.push(
			w.ordinaryAccount(w.family(origin, size, { surname }), first + r.int(60 * dayMs), {
				usAddress: typeAddress(address, randomStyle(r)),
				networkHash: sharedNetwork,
				channel: sharedNetwork ? 'self' : undefined,
				planted: true
			})
		);
	}
	return accounts;
}

const smallFamily = (w: World) => w.family(w.origin(), 1 + w.random.weighted([60, 30, 10]));

/** An account with far too many requests in one month: each earlier one cancelled. */
export function plantRequestVelocity(w: World, requests: number): SynAccount {
	const r = w.random;
	const monthStart = w.time(w.start + 5 * dayMs, w.now - 31 * dayMs);
	const people = smallFamily(w);
	const step = (30 * dayMs) / requests;
	const list = [];
	for (let k = 0; k < requests; k++) {
		const at = Math.floor(monthStart + k * step + r.int(step / 2));
		const last = k === requests - 1;
		list.push(
			w.request(at, people.length, last ? 'pooled' : 'cancelled', last ? at : at + r.int(step / 2))
		);
	}
	return w.account({
		createdAt: monthStart - r.between(1, 72) * 3_600_000,
		channel: 'self',
		people,
		phone: w.phone(people[0]!.nationality),
		requests: list,
		planted: true
	});
}

/** One phone number giving many registrations, within a day or within a month. */
export function plantPhoneVelocity(
	w: World,
	accounts: number,
	within: 'day' | 'month'
): { phone: string; accounts: SynAccount[] } {
	const r = w.random;
	const span = within === 'day' ? 20 * 3_600_000 : 29 * dayMs;
	const base = w.time(w.start, w.now - span - dayMs);
	const phone = w.phone(r.chance(0.5) ? 'MX' : 'US');
	const made: SynAccount[] = [];
	for (let i = 0; i < accounts; i++)
		made.push(
			w.account({
				createdAt: base + r.int(span),
				channel: 'self',
				people: smallFamily(w),
				phone,
				planted: true
			})
		);
	return { phone, accounts: made };
}

/** One kiosk registering far more than any kiosk does, in one day. */
export function plantKioskSpike(w: World, kiosk: SynKiosk, registrations: number): SynAccount[] {
	const r = w.random;
	const day = Math.floor(w.time(w.start + 10 * dayMs, w.now - 2 * dayMs) / dayMs) * dayMs;
	const made: SynAccount[] = [];
	for (let i = 0; i < registrations; i++) {
		const people = smallFamily(w);
		made.push(
			w.account({
				// 07:00 to 17:55 at UTC−6: one UTC day, as the analytics count days.
				createdAt: day + 13 * 3_600_000 + r.int(655 * 60_000),
				channel: 'kiosk',
				kiosk,
				people,
				phone: r.chance(0.5) ? w.phone(people[0]!.nationality) : null,
				planted: true
			})
		);
	}
	return made;
}

/** One (non-kiosk) network from which 30–50 accounts were made within ten minutes. */
export function plantNetworkBurst(w: World): { networkHash: string; accounts: SynAccount[] } {
	const r = w.random;
	const networkHash = w.network();
	const base = w.time(w.start, w.now - dayMs);
	const count = r.between(30, 50);
	const made: SynAccount[] = [];
	for (let i = 0; i < count; i++) {
		const people = smallFamily(w);
		made.push(
			w.account({
				createdAt: base + r.int(9.5 * 60_000),
				channel: 'self',
				people,
				phone: r.chance(0.4) ? w.phone(people[0]!.nationality) : null,
				usAddress: r.chance(0.1) ? w.address() : null,
				networkHash,
				planted: true
			})
		);
	}
	return { networkHash, accounts: made };
}

/**
 * A record of the same real person typed again, in another account: never, by chance, the name
 * and date of birth of someone else.
 */
function copyPerson(w: World, p: SynPerson, position: number): SynPerson {
	const r = w.random;
	const today = isoDate(w.now);
	for (let attempt = 0; ; attempt++) {
		const varied = varyTyping(p.parts, p.typing, r);
		let fullName = renderName(p.parts, varied.typing);
		if (varied.typo) fullName = typo(fullName, r);
		let dateOfBirth = varyDateOfBirth(p.dateOfBirth, r);
		if (dateOfBirth > today) dateOfBirth = p.dateOfBirth;
		const same = fullName === p.fullName && dateOfBirth === p.dateOfBirth;
		if (!same && w.nameTaken(fullName, dateOfBirth) && attempt < 20) continue;
		w.claimName(fullName, dateOfBirth);
		return {
			id: 0,
			position,
			fullName,
			dateOfBirth,
			nationality: p.nationality,
			parts: p.parts,
			typing: varied.typing,
			locale: p.locale
		};
	}
}

/**
 * Duplicate persons: about `records` extra records of people already registered, in accounts
 * of their own (a person alone, sometimes their whole family; sometimes a third time).
 * Returns the groups of records of each real person.
 */
export function plantDuplicates(
	w: World,
	candidates: readonly SynAccount[],
	records: number
): SynPerson[][] {
	const r = w.random;
	const groups = new Map<SynPerson, SynPerson[]>();
	const usedAccounts = new Set<SynAccount>();
	let left = records;
	for (let guard = 0; left > 0 && guard < records * 20; guard++) {
		const original = candidates[r.int(candidates.length)]!;
		if (usedAccounts.has(original)) continue;
		usedAccounts.add(original);
		const wholeFamily = original.people.length > 1 && r.chance(0.2);
		let who = wholeFamily ? original.people.slice() : [r.pick(original.people)];
		const times = r.chance(0.15) ? 2 : 1;
		for (let t = 0; t < times && left > 0; t++) {
			if (who.length > left) who = who.slice(0, left);
			left -= who.length;
			const people = who.map((p, i) => copyPerson(w, p, i + 1));
			const after = original.createdAt + dayMs < w.now && r.chance(0.7);
			const at = after ? w.time(original.createdAt + dayMs, w.now) : w.time();
			const phoneRoll = r.next();
			w.ordinaryAccount(people, at, {
				locale: r.chance(0.9) ? original.locale : undefined,
				phone:
					phoneRoll < 0.3 && original.phone
						? original.phone
						: phoneRoll < 0.75
							? w.phone(people[0]!.nationality)
							: null,
				usAddress:
					original.usAddress && r.chance(0.15)
						? { ...original.usAddress, line1: original.usAddress.line1.toLowerCase() }
						: r.chance(0.12)
							? w.address()
							: null,
				channel: r.pickWeighted(['self', 'kiosk', 'caseworker'] as const, [70, 20, 10]),
				planted: true
			});
			who.forEach((p, i) => {
				const group = groups.get(p) ?? [p];
				group.push(people[i]!);
				groups.set(p, group);
			});
		}
	}
	return [...groups.values()];
}

/**
 * Every group registering by themselves gets a browser of its own. Made from the account's
 * place in the list, with no random draws, so the rest of the data set stays as it was.
 */
export function assignBrowsers(accounts: readonly SynAccount[]): void {
	accounts.forEach((a, i) => {
		a.browserHash = a.channel === 'self' ? `br${i.toString(16).padStart(14, '0')}` : null;
	});
}

/**
 * Browsers that registered many unrelated families in one calendar month (one phone making
 * accounts for others): ordinary self-registered accounts of that month are given one
 * browser. Chosen in list order, with no random draws. Returns each browser and its accounts.
 */
export function plantBrowserVelocity(
	w: World,
	candidates: readonly SynAccount[],
	browsers: number,
	perBrowser: number
): Array<{ browserHash: string; accounts: SynAccount[] }> {
	const taken = new Set<SynAccount>();
	const planted: Array<{ browserHash: string; accounts: SynAccount[] }> = [];
	for (let g = 0; g < browsers; g++) {
		// Whole months inside the 240-day window, taken in turn (six of them).
		const month = isoDate(w.now - (45 + 31 * (g % 6)) * dayMs).slice(0, 7);
		const browserHash = `pb${g.toString(16).padStart(14, '0')}`;
		const chosen = candidates
			.filter((a) => a.channel === 'self' && !a.planted && !taken.has(a))
			.filter((a) => isoDate(a.createdAt).startsWith(month))
			.slice(0, perBrowser);
		// A population too small for this many would give a browser below the limit: none then.
		if (chosen.length < perBrowser) continue;
		for (const a of chosen) {
			a.browserHash = browserHash;
			taken.add(a);
		}
		planted.push({ browserHash, accounts: chosen });
	}
	return planted;
}
