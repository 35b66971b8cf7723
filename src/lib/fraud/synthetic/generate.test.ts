import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../../server/testing/temp-db';
import { bookingCodeFor, generate, allowlistKey, type Dataset } from './generate';
import { planFor } from './plant';
import { countPeople, firstFreeIds, writeDataset } from './write';

const now = Date.parse('2026-06-01T12:00:00Z');
const dayMs = 86_400_000;

/** What a data set writes, without the in-memory name parts. */
const written = (d: Dataset) =>
	JSON.stringify({
		accounts: d.accounts.map((a) => ({
			...a,
			people: a.people.map((p) => [p.id, p.position, p.fullName, p.dateOfBirth, p.nationality])
		})),
		truth: d.truth
	});

describe('the synthetic population', () => {
	const data = generate({ people: 1000, seed: 42, now });
	const personById = new Map(data.accounts.flatMap((a) => a.people.map((p) => [p.id, { p, a }])));
	const accountById = new Map(data.accounts.map((a) => [a.id, a]));

	it('is the same for the same seed, and different for another', () => {
		expect(written(generate({ people: 1000, seed: 42, now }))).toBe(written(data));
		expect(written(generate({ people: 1000, seed: 43, now }))).not.toBe(written(data));
	});

	it('has exactly the people asked for, in accounts of 1 to 6, over the last 240 days', () => {
		expect(personById.size).toBe(1000);
		expect(data.truth.people).toBe(1000);
		for (const a of data.accounts) {
			expect(a.people.length).toBeGreaterThanOrEqual(1);
			expect(a.people.length).toBeLessThanOrEqual(6);
			expect(a.createdAt).toBeGreaterThanOrEqual(now - 240 * dayMs);
			expect(a.createdAt).toBeLessThanOrEqual(now);
			a.people.forEach((p, i) => expect(p.position).toBe(i + 1));
			const active = a.requests.filter((r) =>
				['pooled', 'offered', 'confirmed'].includes(r.status)
			);
			expect(active.length).toBeLessThanOrEqual(1);
		}
		expect(new Set(data.accounts.map((a) => a.bookingCode)).size).toBe(data.accounts.length);
	});

	it('plans at least the counts asked for at 100,000 people', () => {
		const plan = planFor(100_000);
		expect(plan.rings[0]).toEqual({ people: 358, surnames: 266 });
		expect(plan.rings.length).toBeGreaterThanOrEqual(3);
		expect(plan.shelters[0]!.residents).toBe(500);
		expect(plan.duplicates).toBe(1000);
		expect(plan.kioskSpike).toBeGreaterThanOrEqual(400);
		expect(plan.requestsPerVelocityAccount).toBeGreaterThanOrEqual(40);
		expect(plan.accountsPerPhone).toBeGreaterThanOrEqual(25);
	});

	it('plants shared-address rings with the people and surnames it records', () => {
		const plan = planFor(1000);
		expect(data.truth.sharedAddressRings).toHaveLength(plan.rings.length);
		data.truth.sharedAddressRings.forEach((ring, i) => {
			const accounts = ring.accountIds.map((id) => accountById.get(id)!);
			expect(ring.people).toBe(plan.rings[i]!.people);
			expect(accounts.reduce((n, a) => n + a.people.length, 0)).toBe(ring.people);
			const surnames = new Set(accounts.map((a) => a.people[0]!.parts.surnames[0]!.native));
			expect(surnames.size).toBe(ring.surnames);
			for (const a of accounts) expect(a.usAddress?.zip.slice(0, 5)).toBe(ring.address.zip);
		});
	});

	it('records shelters with exactly their residents, and sponsors of 2 to 4 families', () => {
		const plan = planFor(1000);
		data.truth.allowlistedShelters.forEach((s, i) => {
			const people = s.accountIds.reduce((n, id) => n + accountById.get(id)!.people.length, 0);
			expect(people).toBe(plan.shelters[i]!.residents);
		});
		expect(data.allowlist.map((a) => a.addressKey)).toEqual(
			data.truth.allowlistedShelters.map((s) => allowlistKey(s.address))
		);
		for (const s of data.truth.legitimateSharedAddresses) {
			expect(s.accountIds.length).toBeGreaterThanOrEqual(2);
			expect(s.accountIds.length).toBeLessThanOrEqual(4);
		}
	});

	it('plants about 1% duplicate records, each in another account than its original', () => {
		expect(data.truth.duplicatePairs.length).toBeGreaterThanOrEqual(10);
		for (const [a, b] of data.truth.duplicatePairs) {
			expect(a).toBeLessThan(b);
			expect(personById.get(a)!.a.id).not.toBe(personById.get(b)!.a.id);
			expect(personById.get(a)!.p.parts).toBe(personById.get(b)!.p.parts);
		}
	});

	it('plants velocity and network bursts', () => {
		const plan = planFor(1000);
		const { velocity, networkBursts } = data.truth;
		expect(velocity.accounts).toHaveLength(plan.velocityAccounts);
		for (const id of velocity.accounts) {
			const times = accountById.get(id)!.requests.map((r) => r.createdAt);
			expect(times).toHaveLength(plan.requestsPerVelocityAccount);
			expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(31 * dayMs);
		}
		for (const phone of velocity.phones)
			expect(data.accounts.filter((a) => a.phone === phone)).toHaveLength(plan.accountsPerPhone);
		// Browsers: a dozen and more families in one month on each planted one; every other
		// group on its own; none for kiosks and caseworkers.
		expect(velocity.browsers).toHaveLength(plan.velocityBrowsers);
		for (const browser of velocity.browsers) {
			const on = data.accounts.filter((a) => a.browserHash === browser);
			expect(on).toHaveLength(plan.accountsPerBrowser);
			expect(new Set(on.map((a) => new Date(a.createdAt).toISOString().slice(0, 7))).size).toBe(1);
			expect(on.every((a) => a.channel === 'self')).toBe(true);
		}
		const planted = new Set(velocity.browsers);
		const others = data.accounts.filter((a) => a.browserHash && !planted.has(a.browserHash));
		expect(new Set(others.map((a) => a.browserHash)).size).toBe(others.length);
		expect(data.accounts.every((a) => (a.channel === 'self') === (a.browserHash !== null))).toBe(
			true
		);
		const kioskId = velocity.kiosks[0]!;
		const perDay = new Map<string, number>();
		for (const a of data.accounts)
			if (a.kioskId !== null) {
				const key = `${a.kioskId}|${new Date(a.createdAt).toISOString().slice(0, 10)}`;
				perDay.set(key, (perDay.get(key) ?? 0) + 1);
			}
		const busiest = [...perDay.entries()].sort((x, y) => y[1] - x[1]);
		expect(busiest[0]![0].startsWith(`${kioskId}|`)).toBe(true);
		expect(busiest[0]![1]).toBe(plan.kioskSpike);
		expect(busiest[1]![1]).toBeLessThan(plan.kioskSpike / 3);
		expect(networkBursts).toHaveLength(plan.bursts);
		for (const burst of networkBursts) {
			const accounts = burst.accountIds.map((id) => accountById.get(id)!);
			expect(accounts.length).toBeGreaterThanOrEqual(30);
			expect(accounts.length).toBeLessThanOrEqual(50);
			const times = accounts.map((a) => a.createdAt);
			expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(10 * 60_000);
			for (const a of accounts) expect(a.networkHash).toBe(burst.networkHash);
		}
	});

	it('gives booking codes of the XXX-XXX-XXX form', () => {
		expect(bookingCodeFor(1)).toMatch(
			/^[34679ACDEFGHJKMNPQRTWXY]{3}(-[34679ACDEFGHJKMNPQRTWXY]{3}){2}$/
		);
	});
});

describe('writing the population', () => {
	const temp = tempDatabase();
	afterAll(() => temp.remove());

	it('fills a migrated database that the schema accepts', () => {
		const sqlite = temp.db.$client;
		expect(countPeople(sqlite)).toBe(0);
		const data = generate({ people: 1000, seed: 7, now, firstIds: firstFreeIds(sqlite) });
		writeDataset(sqlite, data);
		const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
		expect(countPeople(sqlite)).toBe(1000);
		expect(count('select count(*) as n from account')).toBe(data.accounts.length);
		expect(count('select count(*) as n from request')).toBe(
			data.accounts.reduce((n, a) => n + a.requests.length, 0)
		);
		expect(count('select count(*) as n from kiosk')).toBe(40);
		expect(count("select count(*) as n from organisation where kind = 'ngo'")).toBe(20);
		expect(count('select count(*) as n from address_allowlist')).toBe(2);
		expect(
			count(
				'select count(*) as n from person p left join account a on a.id = p.account_id where a.id is null'
			)
		).toBe(0);
		const ring = data.truth.sharedAddressRings[0]!;
		const lines = sqlite
			.prepare(
				`select distinct json_extract(us_address, '$.line1') from account
				where id in (${ring.accountIds.join(',')})`
			)
			.pluck()
			.all();
		expect(lines.length).toBeGreaterThan(1);
		// A second data set appends after the first.
		const more = generate({ people: 1000, seed: 8, now, firstIds: firstFreeIds(sqlite) });
		writeDataset(sqlite, more);
		expect(countPeople(sqlite)).toBe(2000);
	});
});
