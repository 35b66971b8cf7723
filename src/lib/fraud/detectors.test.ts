import { describe, expect, it } from 'vitest';
import { findDuplicates } from './detect-duplicates';
import { findNetworkBursts } from './detect-network-burst';
import { findSharedAddresses } from './detect-shared-address';
import { findVelocity } from './detect-velocity';
import { frequencyTables } from './frequencies';
import { addressKey } from './normalise';
import { preparer, type Prepared } from './prepare';
import type { DuplicateEvidence, PersonRecord, SharedAddressEvidence } from './types';

const now = Date.UTC(2026, 10, 25);
const day = 86_400_000;
let nextId = 1;

function record(fields: Partial<PersonRecord>): PersonRecord {
	const id = nextId++;
	return {
		personId: id,
		accountId: id,
		fullName: `Person ${id}`,
		dateOfBirth: '1990-01-01',
		nationality: 'HN',
		phone: null,
		address: null,
		channel: 'self',
		kioskId: null,
		organisationId: null,
		networkHash: null,
		browserHash: null,
		portIds: ['laredo'],
		registeredAt: now - 10 * day,
		requestTimes: [],
		...fields
	};
}

const surnames = [
	'Pérez',
	'López',
	'Tz’ul',
	'Petrov',
	'Désir',
	'Wang',
	'Haddad',
	'Yılmaz',
	'Singh',
	'Gómez',
	'Silva',
	'Diallo',
	'Kaur',
	'Ortiz'
];
const givens = [
	'Ana',
	'Luis',
	'Ixchel',
	'Olga',
	'Jean',
	'Wei',
	'Omar',
	'Ayşe',
	'Arjun',
	'María',
	'João',
	'Amina',
	'Simran',
	'Pedro'
];

const more = [
	'Cux',
	'Chávez',
	'Ramos',
	'Ivanova',
	'Joseph',
	'Li',
	'Nasser',
	'Demir',
	'Gill',
	'Santos',
	'Ba',
	'Rojas',
	'Mendoza',
	'Vega',
	'Cruz',
	'Flores',
	'Morales',
	'Reyes',
	'Torres'
];

/** A varied population: names, dates of birth, phones and networks as in real data. */
function population(n: number): PersonRecord[] {
	return Array.from({ length: n }, (_, i) =>
		record({
			fullName: `${givens[i % givens.length]} ${surnames[Math.floor(i / 14) % surnames.length]} ${more[Math.floor(i / 196) % more.length]}`,
			dateOfBirth: `19${String(40 + ((i * 7) % 60)).padStart(2, '0')}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}-${String(1 + ((i * 11) % 28)).padStart(2, '0')}`,
			phone: `+1956555${String(1000 + i)}`,
			networkHash: `net${i}`
		})
	);
}

const prepareAll = (records: PersonRecord[]): Prepared[] => records.map(preparer());

describe('shared destination address', () => {
	const house = { line1: '77 Sunset Blvd', line2: '', city: 'Laredo', state: 'TX', zip: '78040' };
	const shelter = { line1: '10 Hope St', line2: '', city: 'El Paso', state: 'TX', zip: '79901' };
	const ring = Array.from({ length: 14 }, (_, i) =>
		record({
			fullName: `${givens[i]} ${surnames[i]}`,
			// Typed many ways: one key.
			address: { ...house, line1: i % 2 ? '77 sunset boulevard' : '77 Sunset Blvd.' },
			portIds: [['laredo', 'hidalgo', 'el-paso'][i % 3]!],
			registeredAt: now - i * 9 * day
		})
	);
	const sheltered = Array.from({ length: 40 }, (_, i) =>
		record({ fullName: `${givens[i % 14]} ${surnames[(i * 3) % 14]} ${i}`, address: shelter })
	);
	const household = [0, 1, 2, 3].map((i) =>
		record({
			accountId: 9_000,
			fullName: `${givens[i]} Ramos`,
			address: { ...house, line1: '5 Pine St' }
		})
	);
	const people = prepareAll([...population(50), ...ring, ...sheltered, ...household]);
	const allowlist = new Set([addressKey(shelter)!]);
	const findings = findSharedAddresses(people, allowlist, now);

	it('finds many families at one address, with plain evidence', () => {
		expect(findings).toHaveLength(1);
		const evidence = findings[0]!.evidence as SharedAddressEvidence;
		expect(evidence).toMatchObject({
			people: 14,
			accounts: 14,
			surnames: 14,
			addressKey: '77 sunset blvd 78040'
		});
		expect(evidence.ports).toEqual(['el-paso', 'hidalgo', 'laredo']);
		expect(findings[0]!.accountIds).toEqual(ring.map((r) => r.accountId));
	});
	it('leaves the allowlisted shelter and a family at home alone', () => {
		expect(findings.every((f) => !f.accountIds.includes(sheltered[0]!.accountId))).toBe(true);
		expect(findings.every((f) => !f.accountIds.includes(9_000))).toBe(true);
	});
	it('counts only registrations within the window', () => {
		const old = findSharedAddresses(people, allowlist, now + 200 * day);
		expect(old).toEqual([]);
	});
});

describe('one person, several accounts', () => {
	const base = population(2_000);
	const twins = [
		record({
			fullName: "Ixchel Tz'ul Cux",
			dateOfBirth: '1994-07-12',
			nationality: 'GT',
			phone: '+50251234567'
		}),
		record({ fullName: 'Cux Ixchel Tz’ul', dateOfBirth: '1994-07-12', nationality: 'GT' }),
		record({ fullName: 'Мухаммад Алиев', dateOfBirth: '1988-03-02', nationality: 'RU' }),
		record({ fullName: 'Muhammad Aliyev', dateOfBirth: '1988-03-02', nationality: 'RU' }),
		record({ fullName: 'José Hernández García', dateOfBirth: '1979-11-05', nationality: 'HN' }),
		record({
			fullName: 'Jose Hernandes',
			dateOfBirth: '1979-05-11',
			nationality: 'HN',
			phone: '+19565550000'
		}),
		record({
			fullName: 'Jose Hernandes',
			dateOfBirth: '1979-05-11',
			nationality: 'HN',
			phone: '+19565550000'
		})
	];
	// The last two are one family's account: a pair inside one account is not a duplicate.
	twins[6]!.accountId = twins[5]!.accountId;
	const people = prepareAll([...base, ...twins]);
	const findings = findDuplicates(people, frequencyTables(people));

	it('links reordered names, other apostrophes, other scripts and swapped day and month', () => {
		const clusters = findings.map((f) => f.personIds);
		expect(clusters).toContainEqual([twins[0]!.personId, twins[1]!.personId]);
		expect(clusters).toContainEqual([twins[2]!.personId, twins[3]!.personId]);
		expect(
			clusters.some((c) => c.includes(twins[4]!.personId) && c.includes(twins[5]!.personId))
		).toBe(true);
		expect(findings).toHaveLength(3);
	});
	it('says which fields matched and what each contributed', () => {
		const evidence = findings.find((f) => f.personIds.includes(twins[0]!.personId))!
			.evidence as DuplicateEvidence;
		const fields = Object.fromEntries(evidence.pairs[0]!.contributions.map((c) => [c.field, c]));
		expect(fields.name).toMatchObject({ agreement: 'exact', similarity: 1 });
		expect(fields.date_of_birth!.agreement).toBe('exact');
		expect(fields.phone!.agreement).toBe('missing');
		expect(fields.name!.weight).toBeGreaterThan(5);
		expect(evidence.pairs[0]!.score).toBeCloseTo(
			evidence.pairs[0]!.contributions.reduce((s, c) => s + c.weight, 0),
			0
		);
	});
});

describe('velocity', () => {
	it('flags an account with far too many requests, and phones and kiosks above their norms', () => {
		const busyAccount = record({
			requestTimes: Array.from({ length: 20 }, (_, i) => now - i * 3_600_000)
		});
		const sharedPhone = Array.from({ length: 12 }, () =>
			record({ phone: '+19560000001', registeredAt: now })
		);
		const shelterPhone = Array.from({ length: 30 }, () =>
			record({ phone: '+19560000002', channel: 'kiosk', kioskId: 3, registeredAt: now })
		);
		// Thirty ordinary kiosk days of two registrations set the kiosks' norm.
		const ordinaryKiosks = Array.from({ length: 60 }, (_, i) =>
			record({ channel: 'kiosk', kioskId: 100 + (i % 30), registeredAt: now - (i % 2) * 1000 })
		);
		const busyKiosk = Array.from({ length: 250 }, () =>
			record({ channel: 'kiosk', kioskId: 9, registeredAt: now })
		);
		// One phone's browser: a dozen families over a month, and six in one day of another.
		const busyBrowser = Array.from({ length: 12 }, (_, i) =>
			record({ browserHash: 'b1', registeredAt: now - 20 * day + i * 36 * 3_600_000 })
		);
		const burstBrowser = Array.from({ length: 6 }, (_, i) =>
			record({ browserHash: 'b2', registeredAt: now + i * 600_000 })
		);
		// A family registering a relative or two on their phone is nothing.
		const familyBrowser = Array.from({ length: 3 }, () =>
			record({ browserHash: 'b3', registeredAt: now })
		);
		const findings = findVelocity(
			prepareAll([
				...population(20),
				busyAccount,
				...sharedPhone,
				...shelterPhone,
				...ordinaryKiosks,
				...busyKiosk,
				...busyBrowser,
				...burstBrowser,
				...familyBrowser
			])
		);
		expect(findings.map((f) => f.key).sort()).toEqual(
			[
				`account:${busyAccount.accountId}:2026-11`,
				'kiosk:9:2026-11-25',
				'phone:+19560000001:2026-11',
				'browser:b1:2026-11',
				'browser:b2:2026-11-25'
			].sort()
		);
		const browser = findings.find((f) => f.key === 'browser:b1:2026-11')!;
		expect(browser.evidence).toEqual({
			kind: 'velocity',
			subject: 'browser',
			counted: 'registrations',
			period: 'month',
			when: '2026-11',
			count: 12,
			limit: 10
		});
		expect(browser.accountIds).toEqual(busyBrowser.map((r) => r.accountId));
	});
});

describe('network bursts', () => {
	it('flags many accounts from one network within minutes, not a kiosk’s network', () => {
		const burst = Array.from({ length: 20 }, (_, i) =>
			record({ networkHash: 'abc', registeredAt: now + i * 20_000 })
		);
		const slow = Array.from({ length: 20 }, (_, i) =>
			record({ networkHash: 'def', registeredAt: now + i * day })
		);
		const kiosk = Array.from({ length: 40 }, (_, i) =>
			record({ networkHash: 'ghi', channel: 'kiosk', kioskId: 1, registeredAt: now + i * 10_000 })
		);
		const findings = findNetworkBursts(prepareAll([...burst, ...slow, ...kiosk]));
		expect(findings).toHaveLength(1);
		expect(findings[0]!.accountIds).toEqual(burst.map((b) => b.accountId));
		expect(findings[0]!.evidence).toMatchObject({ accounts: 20, minutes: 6 });
	});
});
