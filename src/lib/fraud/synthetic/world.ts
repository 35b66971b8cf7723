/**
 * The building blocks of the synthetic population: families with plausible names and dates of
 * birth, accounts (channel, phone, address, network) and their requests over the last
 * 240 days. Ordinary people and planted patterns are both made with these.
 */
import type { UsAddress } from '../../server/db/schema';
import type { RequestStatus } from '../../request-status';
import { seedPorts } from '../../server/db/seed';
import { ordinaryAddress, phoneNumber, randomStyle, typeAddress } from './addresses';
import { hindiMiddle, origins, phonePlans, punjabiMiddle, type Origin, type Token } from './names';
import type { Random } from './random';
import { firstTyping, renderName, type NameParts, type Typing } from './typing';

export const dayMs = 86_400_000;
export const windowDays = 240;
export const portIds: readonly string[] = seedPorts.map((p) => p.id);
const portPopularity = [28, 12, 12, 14, 8, 8, 9, 9];

export type Channel = 'self' | 'kiosk' | 'caseworker';

export type SynPerson = {
	id: number;
	position: number;
	fullName: string;
	dateOfBirth: string;
	nationality: string;
	parts: NameParts;
	typing: Typing;
	/** The locale of the account that first registered this person. */
	locale: string;
};

export type SynRequest = {
	status: RequestStatus;
	partySize: number;
	portIds: string;
	earliestDate: string;
	createdAt: number;
	updatedAt: number;
	submissionKey: string;
};

export type SynAccount = {
	id: number;
	bookingCode: string;
	locale: string;
	channel: Channel;
	phone: string | null;
	usAddress: UsAddress | null;
	organisationId: number | null;
	kioskId: number | null;
	consentAt: number | null;
	networkHash: string;
	/** The group's own browser (self registrations only); see `assignBrowsers` in plant.ts. */
	browserHash: string | null;
	createdAt: number;
	people: SynPerson[];
	requests: SynRequest[];
	/** Part of a planted pattern (not a candidate for duplicates of ordinary people). */
	planted: boolean;
};

export type SynOrganisation = {
	id: number;
	name: string;
	kind: 'ngo' | 'government';
	createdAt: number;
	networkHash: string;
	weight: number;
};

export type SynKiosk = {
	id: number;
	organisationId: number;
	name: string;
	tokenHash: string;
	createdAt: number;
	networkHash: string;
	weight: number;
};

const ngoNames = [
	'Albergue Nuevo Amanecer',
	'Casa Refugio La Luz',
	'Misión Puerta Abierta',
	'Centro Comunitario Frontera Unida',
	'Albergue San Rafael Arcángel',
	'Refugio Manos Solidarias',
	'Casa Santa Marta del Camino',
	'Espacio Migrante del Norte',
	'Red de Acogida Paso Seguro',
	'Albergue Familias en Tránsito',
	'Casa de Hospitalidad El Buen Pastor',
	'Centro de Apoyo Mujeres Valientes',
	'Refugio Niñez Primero',
	'Asociación Caminos de Esperanza',
	'Casa Haitiana de Acogida',
	'Fundación Puente Humano',
	'Albergue Cristo Peregrino',
	'Centro de Orientación al Migrante',
	'Refugio Horizonte Nuevo',
	'Comedor y Albergue La Sagrada Familia'
];

export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export type AccountSpec = {
	createdAt: number;
	channel: Channel;
	people: SynPerson[];
	locale?: string;
	phone?: string | null;
	usAddress?: UsAddress | null;
	networkHash?: string;
	kiosk?: SynKiosk;
	organisation?: SynOrganisation;
	requests?: SynRequest[];
	firstPort?: string;
	planted?: boolean;
};

export class World {
	readonly random: Random;
	readonly now: number;
	readonly start: number;
	readonly accounts: SynAccount[] = [];
	readonly organisations: SynOrganisation[] = [];
	readonly kiosks: SynKiosk[] = [];
	people = 0;
	private phoneCounter = 0;
	private addressCounter = 0;
	specialAddressCounter = 0;
	private readonly nameKeys = new Set<string>();
	private readonly originWeights = origins.map((o) => o.weight);

	constructor(
		random: Random,
		now: number,
		firstIds: { account: number; organisation: number; kiosk: number },
		kioskCount = 40
	) {
		this.random = random;
		// Each account takes at most one new phone and one new address: starting the counters at
		// the first account id keeps appended data sets from reusing earlier numbers.
		this.phoneCounter = firstIds.account - 1;
		this.addressCounter = firstIds.account - 1;
		this.specialAddressCounter = firstIds.account - 1;
		this.now = now;
		this.start = now - windowDays * dayMs;
		const setUp = this.start - 30 * dayMs;
		this.organisations.push({
			id: firstIds.organisation,
			name: 'Integrity review office',
			kind: 'government',
			createdAt: setUp,
			networkHash: random.hex(16),
			weight: 0
		});
		ngoNames.forEach((name, i) =>
			this.organisations.push({
				id: firstIds.organisation + 1 + i,
				name,
				kind: 'ngo',
				createdAt: setUp + i * 3_600_000,
				networkHash: random.hex(16),
				weight: 0.5 + random.next() * 1.5
			})
		);
		const ngos = this.organisations.slice(1);
		for (let i = 0; i < kioskCount; i++) {
			const org = ngos[i % ngos.length]!;
			this.kiosks.push({
				id: firstIds.kiosk + i,
				organisationId: org.id,
				name: `${org.name} — kiosk ${Math.floor(i / ngos.length) + 1}`,
				tokenHash: random.hex(64),
				createdAt: setUp + dayMs + i * 600_000,
				networkHash: random.hex(16),
				weight: 0.5 + random.next() * 1.5
			});
		}
	}

	get ngos(): SynOrganisation[] {
		return this.organisations.filter((o) => o.kind === 'ngo');
	}

	origin(): Origin {
		return origins[this.random.weighted(this.originWeights)]!;
	}

	/** A time in the window, or in [from, to]. */
	time(from = this.start, to = this.now): number {
		return from + Math.floor(this.random.next() * (to - from));
	}

	/** Office hours (08:00–19:00 at UTC−6) on the day of the given time. */
	daytime(at: number): number {
		const day = Math.floor(at / dayMs) * dayMs;
		const t = day + 14 * 3_600_000 + this.random.int(11 * 3_600_000);
		return Math.max(this.start, Math.min(t, this.now - 60_000));
	}

	/** Whether someone already has this full name and date of birth. */
	nameTaken(fullName: string, dateOfBirth: string): boolean {
		return this.nameKeys.has(`${fullName}|${dateOfBirth}`);
	}

	claimName(fullName: string, dateOfBirth: string): void {
		this.nameKeys.add(`${fullName}|${dateOfBirth}`);
	}

	network(): string {
		return this.random.hex(16);
	}

	/** A new phone number no one else has: a U.S. or Mexican one, or one from home. */
	phone(nationality: string): string {
		const r = this.random.next();
		const country =
			r < 0.32 ? 'US' : r < 0.62 ? 'MX' : phonePlans[nationality] ? nationality : 'US';
		return phoneNumber(this.phoneCounter++, country, this.random);
	}

	/** A new U.S. address no one else gives, typed with care. */
	address(): UsAddress {
		return typeAddress(
			ordinaryAddress(this.addressCounter++, this.random),
			randomStyle(this.random)
		);
	}

	nextOrdinaryAddress() {
		return ordinaryAddress(this.addressCounter++, this.random);
	}

	locale(origin: Origin): string {
		const i = this.random.weighted(origin.locales.map(([, w]) => w));
		return origin.locales[i]![0];
	}

	nationality(origin: Origin): string {
		const i = this.random.weighted(origin.nationalities.map(([, w]) => w));
		return origin.nationalities[i]![0];
	}

	/** A date of birth for someone `age` years old today. */
	dateOfBirth(age: number): string {
		const ms = this.now - age * 365.25 * dayMs - this.random.int(365) * dayMs;
		return isoDate(ms);
	}

	private adultAge(): number {
		return 18 + Math.round(52 * this.random.next() ** 1.6);
	}

	/** Family size of an ordinary account: mostly 1–4. */
	familySize(): number {
		return 1 + this.random.weighted([42, 22, 16, 11, 6, 3]);
	}

	private given(origin: Origin, female: boolean, twoShare: number): Token[] {
		const pool = female ? origin.female : origin.male;
		const first = this.random.pick(pool);
		if (!this.random.chance(twoShare)) return [first];
		let second = this.random.pick(pool);
		while (second === first) second = this.random.pick(pool);
		return [first, second];
	}

	/**
	 * A family of `size` people of one origin, sharing the family surname (`surname` if given).
	 * `partner: false` leaves out a partner with surnames of their own (for counting surnames).
	 */
	family(
		origin: Origin,
		size: number,
		options: { surname?: Token; partner?: boolean; locale?: string } = {}
	): SynPerson[] {
		const r = this.random;
		const style = origin.style;
		const surname = options.surname ?? r.pick(origin.surnames);
		const nationality = this.nationality(origin);
		const locale = options.locale ?? this.locale(origin);
		const headFemale = r.chance(0.42);
		const headAge = this.adultAge();
		const members: Array<{ female: boolean; age: number; role: 'head' | 'partner' | 'child' }> = [
			{ female: headFemale, age: headAge, role: 'head' }
		];
		if (size > 1 && options.partner !== false && headAge >= 20 && r.chance(0.6))
			members.push({
				female: !headFemale,
				age: Math.min(70, Math.max(18, headAge + r.between(-6, 6))),
				role: 'partner'
			});
		while (members.length < size) {
			const oldest = Math.max(0, Math.min(17, headAge - 17));
			const age =
				headAge >= 45 && r.chance(0.35) ? r.between(18, headAge - 18) : r.between(0, oldest);
			members.push({ female: r.chance(0.5), age, role: 'child' });
		}
		// The second surname of a Hispanic or Mayan family, and the partner's own.
		const second =
			style === 'mayan' && r.chance(0.4) ? r.pick(origins[0]!.surnames) : r.pick(origin.surnames);
		const partnerSurname = r.pick(origin.surnames);
		const typingBase = firstTyping(
			{ origin, female: headFemale, given: [], middle: [], surnames: [surname] },
			r
		);
		const usedGiven = new Set<Token>();
		let fatherGiven: Token | null = null;
		let fatherIndex = -1;
		const people: SynPerson[] = [];
		members.forEach((m, i) => {
			const twoGiven =
				style === 'hispanic'
					? 0.6
					: style === 'mayan'
						? 0.4
						: origin.id === 'haitian' || origin.id === 'brazilian'
							? 0.3
							: origin.id === 'turkish'
								? 0.35
								: 0;
			let given: Token[];
			if (style === 'chinese') {
				const pool = m.female ? origin.female : origin.male;
				given = r.chance(0.7) ? [r.pick(pool), r.pick(pool)] : [r.pick(pool)];
			} else {
				given = this.given(origin, m.female, twoGiven);
				for (let tries = 0; tries < 5 && usedGiven.has(given[0]!); tries++)
					given = this.given(origin, m.female, twoGiven);
			}
			usedGiven.add(given[0]!);
			if (m.role === 'head' && !m.female && style !== 'chinese') {
				fatherGiven = given[0]!;
				fatherIndex = origin.male.indexOf(fatherGiven);
			}
			let middle: Token[] = [];
			let surnames: Token[];
			const own = m.role === 'partner';
			switch (style) {
				case 'hispanic':
				case 'mayan': {
					if (own) surnames = [partnerSurname, r.pick(origin.surnames)];
					else if (m.role === 'child')
						surnames = [surname, r.chance(0.6) ? partnerSurname : second];
					else surnames = r.chance(0.85) ? [surname, second] : [surname];
					break;
				}
				case 'chinese':
					surnames = [own ? partnerSurname : surname];
					break;
				case 'russian': {
					const index =
						m.role === 'child' && fatherIndex >= 0 ? fatherIndex : r.int(origin.male.length);
					middle = [origin.patronymics![index]![m.female ? 1 : 0]];
					const s = origin.surnames.indexOf(surname);
					surnames = [m.female ? origin.femaleSurnames![s]! : surname];
					break;
				}
				case 'arabic':
					middle = [m.role === 'child' && fatherGiven ? fatherGiven : r.pick(origin.male)];
					surnames = [surname];
					break;
				case 'indic':
					if (!m.female && r.chance(0.3)) middle = [hindiMiddle[0]!];
					else if (m.female && r.chance(0.2)) middle = [hindiMiddle[r.chance(0.5) ? 1 : 2]!];
					surnames = [surname];
					break;
				case 'punjabi':
					if (r.chance(0.9)) middle = [punjabiMiddle[m.female ? 1 : 0]!];
					surnames = r.chance(0.85) ? [surname] : [];
					break;
				default:
					surnames = [surname];
			}
			const parts: NameParts = { origin, female: m.female, given, middle, surnames };
			const typing = typingBase;
			let dob = this.dateOfBirth(m.age);
			let fullName = renderName(parts, typing);
			// Two different people never share a full name and date of birth by chance here.
			for (let tries = 0; this.nameKeys.has(`${fullName}|${dob}`); tries++) {
				dob = isoDate(Date.parse(dob) + (r.chance(0.5) ? 1 : -1) * r.between(1, 400) * dayMs);
				if (tries > 20) fullName = renderName({ ...parts, given: [r.pick(origin.male)] }, typing);
			}
			this.nameKeys.add(`${fullName}|${dob}`);
			people.push({
				id: 0,
				position: i + 1,
				fullName,
				dateOfBirth: dob,
				nationality,
				parts,
				typing,
				locale
			});
		});
		return people;
	}

	private portChoice(first?: string): string {
		const r = this.random;
		const choices = 1 + r.weighted([45, 35, 20]);
		const ids: string[] = first ? [first] : [];
		while (ids.length < choices) {
			const id = portIds[r.weighted(portPopularity)]!;
			if (!ids.includes(id)) ids.push(id);
		}
		return JSON.stringify(ids);
	}

	uuid(): string {
		const h = this.random.hex(32);
		const variant = '89ab'[this.random.int(4)];
		return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
	}

	request(
		createdAt: number,
		partySize: number,
		status: RequestStatus,
		updatedAt: number,
		firstPort?: string
	): SynRequest {
		return {
			status,
			partySize,
			portIds: this.portChoice(firstPort),
			earliestDate: isoDate(createdAt + this.random.int(22) * dayMs),
			createdAt,
			updatedAt: Math.max(createdAt, Math.min(updatedAt, this.now)),
			submissionKey: this.uuid()
		};
	}

	/** An ordinary request history: mostly one request, some with two or three. */
	requests(accountCreatedAt: number, partySize: number, firstPort?: string): SynRequest[] {
		const r = this.random;
		if (r.chance(0.04)) return [];
		const count = 1 + r.weighted([88, 9, 3]);
		const out: SynRequest[] = [];
		let at = accountCreatedAt + r.int(2 * 3_600_000);
		for (let k = 0; k < count && at < this.now; k++) {
			const last = k === count - 1;
			const nextAt = at + r.between(3, 40) * dayMs;
			if (!last && nextAt >= this.now) {
				out.push(this.request(at, partySize, 'pooled', at, firstPort));
				break;
			}
			if (!last) {
				const status = r.pickWeighted(['cancelled', 'expired', 'declined'] as const, [50, 30, 20]);
				out.push(this.request(at, partySize, status, at + r.int(nextAt - at), firstPort));
				at = nextAt;
				continue;
			}
			const age = this.now - at;
			const statuses: RequestStatus[] = [
				'pooled',
				'offered',
				'confirmed',
				'attended',
				'no_show',
				'cancelled',
				'expired',
				'declined'
			];
			const weights =
				age < 7 * dayMs
					? [80, 12, 5, 0, 0, 3, 0, 0]
					: age < 30 * dayMs
						? [45, 8, 20, 15, 2, 6, 4, 0]
						: [18, 0, 4, 52, 5, 10, 7, 4];
			const status = statuses[r.weighted(weights)]!;
			const updated = status === 'pooled' ? at : at + r.int(Math.min(30 * dayMs, this.now - at));
			out.push(this.request(at, partySize, status, updated, firstPort));
		}
		return out;
	}

	account(spec: AccountSpec): SynAccount {
		const head = spec.people[0]!;
		const account: SynAccount = {
			id: 0,
			bookingCode: '',
			locale: spec.locale ?? head.locale,
			channel: spec.channel,
			phone: spec.phone === undefined ? null : spec.phone,
			usAddress: spec.usAddress ?? null,
			organisationId: spec.channel === 'caseworker' ? (spec.organisation?.id ?? null) : null,
			kioskId: spec.channel === 'kiosk' ? (spec.kiosk?.id ?? null) : null,
			consentAt:
				spec.channel === 'caseworker'
					? spec.createdAt - this.random.between(60_000, 1_200_000)
					: null,
			networkHash:
				spec.networkHash ??
				(spec.channel === 'kiosk'
					? spec.kiosk!.networkHash
					: spec.channel === 'caseworker'
						? spec.organisation!.networkHash
						: this.network()),
			browserHash: null,
			createdAt: spec.createdAt,
			people: spec.people,
			requests: spec.requests ?? this.requests(spec.createdAt, spec.people.length, spec.firstPort),
			planted: spec.planted ?? false
		};
		this.accounts.push(account);
		this.people += spec.people.length;
		return account;
	}

	pickKiosk(): SynKiosk {
		return this.kiosks[this.random.weighted(this.kiosks.map((k) => k.weight))]!;
	}

	pickOrganisation(): SynOrganisation {
		const ngos = this.ngos;
		return ngos[this.random.weighted(ngos.map((o) => o.weight))]!;
	}

	/**
	 * An account made the ordinary way: channel self (75%), kiosk (15%) or caseworker (10%),
	 * at a time that suits the channel. `at` is a time on the day it was made.
	 */
	ordinaryAccount(people: SynPerson[], at: number, extra: Partial<AccountSpec> = {}): SynAccount {
		const r = this.random;
		const channel: Channel =
			extra.channel ?? r.pickWeighted(['self', 'kiosk', 'caseworker'] as const, [75, 15, 10]);
		const kiosk = channel === 'kiosk' ? (extra.kiosk ?? this.pickKiosk()) : undefined;
		const organisation =
			channel === 'caseworker' ? (extra.organisation ?? this.pickOrganisation()) : undefined;
		const createdAt = channel === 'self' ? at : this.daytime(at);
		return this.account({
			phone: r.chance(0.6) ? this.phone(people[0]!.nationality) : null,
			usAddress: r.chance(0.35) ? this.address() : null,
			...extra,
			createdAt,
			channel,
			people,
			kiosk,
			organisation
		});
	}
}
