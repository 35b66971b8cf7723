import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offer } from './allocate';
import { equityReport, type EquityEntry, type EquityRow } from './equity';

const dayMs = 86_400_000;
const cutoff = Date.parse('2025-03-11T04:00:00Z');

type Person = {
	days?: number;
	party?: number;
	ports?: string[];
	channel?: string;
	language?: string;
};

function person(id: string, p: Person = {}): EquityEntry {
	return {
		id,
		partySize: p.party ?? 1,
		portIds: p.ports ?? ['calexico'],
		earliestDate: '2025-03-12',
		// Half a day more than the whole days, so the floor is what is meant.
		waitingSince: cutoff - (p.days ?? 0) * dayMs - dayMs / 2,
		tier: 0,
		channel: p.channel ?? 'web',
		language: p.language ?? 'en'
	};
}

function offerTo(entry: EquityEntry): Offer {
	return {
		requestId: entry.id,
		portId: entry.portIds[0] ?? 'calexico',
		date: '2025-03-12',
		time: '08:00',
		seats: entry.partySize,
		phase: 'lottery'
	};
}

const rowsOf = (rows: EquityRow[], dimension: EquityRow['dimension']) =>
	rows
		.filter((r) => r.dimension === dimension)
		.map(({ group, pooled, offered, rate, ratio, warning }) => ({
			group,
			pooled,
			offered,
			rate,
			ratio,
			warning
		}));

const row = (group: string, pooled: number, offered: number, rate: number, ratio: number) => ({
	group,
	pooled,
	offered,
	rate,
	ratio,
	warning: false
});

describe('equityReport', () => {
	const a = person('a', { days: 0, party: 1, ports: ['x'], channel: 'web', language: 'en' });
	const b = person('b', { days: 7, party: 5, ports: ['y', 'x'], channel: 'web', language: 'es' });
	const c = person('c', { days: 13, party: 6, ports: ['x'], channel: 'sms', language: 'es' });
	const d = person('d', { days: 90, party: 2, ports: ['y'], channel: 'web', language: 'en' });
	const entries = [a, b, c, d];
	const offers = [offerTo(a), offerTo(c)];

	it('counts pooled and offered requests, rates and ratios, for every dimension', () => {
		const report = equityReport(entries, offers, cutoff);
		expect(report).toMatchObject({
			pooled: 4,
			offered: 2,
			rate: 0.5,
			maxRatio: 1.5,
			minGroupSize: 20
		});
		expect(rowsOf(report.rows, 'days_waited')).toEqual([
			row('0-6', 1, 1, 1, 2),
			row('7-13', 2, 1, 0.5, 1),
			row('90+', 1, 0, 0, 0)
		]);
		expect(rowsOf(report.rows, 'party_size')).toEqual([
			row('1', 1, 1, 1, 2),
			row('2', 1, 0, 0, 0),
			row('5+', 2, 1, 0.5, 1)
		]);
		expect(rowsOf(report.rows, 'first_choice')).toEqual([
			row('x', 2, 2, 1, 2),
			row('y', 2, 0, 0, 0)
		]);
		expect(rowsOf(report.rows, 'channel')).toEqual([
			row('sms', 1, 1, 1, 2),
			row('web', 3, 1, 1 / 3, expect.closeTo(2 / 3, 12) as number)
		]);
		expect(rowsOf(report.rows, 'language')).toEqual([
			row('en', 2, 1, 0.5, 1),
			row('es', 2, 1, 0.5, 1)
		]);
		expect([...new Set(report.rows.map((r) => r.dimension))]).toEqual([
			'days_waited',
			'party_size',
			'first_choice',
			'channel',
			'language'
		]);
	});

	it('warns for groups beyond the ratio either way, only when the group is big enough', () => {
		const report = equityReport(entries, offers, cutoff, { maxRatio: 1.25, minGroupSize: 2 });
		const warned = report.rows.filter((r) => r.warning).map((r) => `${r.dimension}:${r.group}`);
		// x: ratio 2; y: ratio 0; web: ratio 2/3 < 1/1.25. Groups of 1 (sms, party 1 and 2) are
		// too small; 5+, en and es have ratio 1; days waited never warn.
		expect(warned).toEqual(['first_choice:x', 'first_choice:y', 'channel:web']);
		const small = equityReport(entries, offers, cutoff, { maxRatio: 1.25, minGroupSize: 3 });
		expect(small.rows.filter((r) => r.warning).map((r) => r.group)).toEqual(['web']);
	});

	it('never warns about days waited, however lopsided', () => {
		const old = Array.from({ length: 30 }, (_, i) => person(`old-${i}`, { days: 100 }));
		const recent = Array.from({ length: 30 }, (_, i) => person(`new-${i}`, { days: 1 }));
		const report = equityReport([...old, ...recent], old.map(offerTo), cutoff);
		const days = report.rows.filter((r) => r.dimension === 'days_waited');
		expect(days.map((r) => [r.group, r.ratio, r.warning])).toEqual([
			['0-6', 0, false],
			['90+', 2, false]
		]);
	});

	it('warns for a group exactly at the minimum size, not one below', () => {
		const sms = Array.from({ length: 20 }, (_, i) => person(`s${i}`, { channel: 'sms' }));
		const kiosk = Array.from({ length: 19 }, (_, i) => person(`k${i}`, { channel: 'kiosk' }));
		const web = Array.from({ length: 41 }, (_, i) => person(`w${i}`, { channel: 'web' }));
		const report = equityReport([...sms, ...kiosk, ...web], web.map(offerTo), cutoff);
		expect(
			report.rows.filter((r) => r.dimension === 'channel').map((r) => [r.group, r.warning])
		).toEqual([
			['kiosk', false],
			['sms', true],
			['web', true]
		]);
	});

	it('puts days waited into bands at their edges, and parties of 5 or more together', () => {
		const days = [0, 6, 7, 13, 14, 29, 30, 59, 60, 89, 90, 400];
		const report = equityReport(
			[
				...days.map((n, i) => person(`d${i}`, { days: n })),
				{ ...person('future'), waitingSince: cutoff + dayMs }
			],
			[],
			cutoff
		);
		expect(
			report.rows.filter((r) => r.dimension === 'days_waited').map((r) => [r.group, r.pooled])
		).toEqual([
			['0-6', 3],
			['14-29', 2],
			['30-59', 2],
			['60-89', 2],
			['7-13', 2],
			['90+', 2]
		]);
		const parties = equityReport(
			[1, 2, 3, 4, 5, 6, 12].map((n) => person(`p${n}`, { party: n })),
			[],
			cutoff
		);
		expect(
			parties.rows.filter((r) => r.dimension === 'party_size').map((r) => [r.group, r.pooled])
		).toEqual([
			['1', 1],
			['2', 1],
			['3', 1],
			['4', 1],
			['5+', 3]
		]);
	});

	it('gives ratio 1 and no warning when nobody got an offer, and nothing for an empty pool', () => {
		const pool = Array.from({ length: 25 }, (_, i) => person(`p${i}`));
		const report = equityReport(pool, [], cutoff);
		expect(report.rate).toBe(0);
		expect(report.rows.every((r) => r.ratio === 1 && !r.warning && r.rate === 0)).toBe(true);
		expect(equityReport([], [], cutoff)).toMatchObject({
			pooled: 0,
			offered: 0,
			rate: 0,
			rows: []
		});
	});

	// "A warning when a group's offer rate strays from the overall rate by MORE than a set
	// ratio": a rate exactly 1.5 or exactly 1/1.5 times the overall rate is not more. Divided in
	// floating point these come out as 1.5000000000000002 and 0.6666666666666665.
	it('does not warn for a group exactly at the ratio, above or below', () => {
		// Above: 30 pooled, 11 offered. SMS: 20 pooled, 11 offered: (11/20)/(11/30) = 3/2 exactly.
		const sms = Array.from({ length: 20 }, (_, i) => person(`s${i}`, { channel: 'sms' }));
		const web = Array.from({ length: 10 }, (_, i) => person(`w${i}`, { channel: 'web' }));
		const above = equityReport([...sms, ...web], sms.slice(0, 11).map(offerTo), cutoff);
		// Below: 60 pooled, 33 offered. English: 30 pooled, 11 offered: (11/30)/(33/60) = 2/3.
		const en = Array.from({ length: 30 }, (_, i) => person(`e${i}`, { language: 'en' }));
		const es = Array.from({ length: 30 }, (_, i) => person(`x${i}`, { language: 'es' }));
		const below = equityReport(
			[...en, ...es],
			[...en.slice(0, 11), ...es.slice(0, 22)].map(offerTo),
			cutoff
		);
		const warning = (rows: EquityRow[], group: string) => rows.find((r) => r.group === group)!;
		expect({
			sms: warning(above.rows, 'sms').warning,
			en: warning(below.rows, 'en').warning
		}).toEqual({ sms: false, en: false });
	});

	it('adds up and warns as exact arithmetic says, on random pools, exact ties included', () => {
		const ratios: Array<[number, number, number]> = [
			[1.25, 5, 4],
			[1.5, 3, 2],
			[2, 2, 1],
			[3, 3, 1]
		];
		const entryArb = fc.record({
			days: fc.integer({ min: -2, max: 120 }),
			party: fc.integer({ min: 1, max: 7 }),
			ports: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
			channel: fc.constantFrom('web', 'sms', 'kiosk'),
			language: fc.constantFrom('en', 'es', 'ht'),
			offered: fc.boolean()
		});
		fc.assert(
			fc.property(
				fc.array(entryArb, { maxLength: 80 }),
				fc.constantFrom(...ratios),
				fc.integer({ min: 1, max: 15 }),
				(people, [maxRatio, p, q], minGroupSize) => {
					const entries = people.map((x, i) => person(`r${i}`, x));
					const offers = entries.filter((_, i) => people[i]!.offered).map(offerTo);
					const report = equityReport(entries, offers, cutoff, { maxRatio, minGroupSize });
					const n = entries.length;
					const o = offers.length;
					expect([report.pooled, report.offered]).toEqual([n, o]);
					for (const dimension of [
						'days_waited',
						'party_size',
						'first_choice',
						'channel',
						'language'
					] as const) {
						const rows = report.rows.filter((r) => r.dimension === dimension);
						expect(rows.reduce((s, r) => s + r.pooled, 0)).toBe(n);
						expect(rows.reduce((s, r) => s + r.offered, 0)).toBe(o);
						const groups = rows.map((r) => r.group);
						expect(groups).toEqual([...new Set(groups)].sort());
						for (const r of rows) {
							expect(r.offered).toBeLessThanOrEqual(r.pooled);
							expect(r.rate).toBeCloseTo(r.offered / r.pooled, 12);
							// ratio = (offered/pooled) / (o/n), compared as whole numbers.
							const num = r.offered * n;
							const den = r.pooled * o;
							if (o > 0) expect(r.ratio).toBeCloseTo(num / den, 9);
							else expect(r.ratio).toBe(1);
							const strays = o > 0 && (num * q > p * den || num * p < q * den);
							expect(r.warning).toBe(
								dimension !== 'days_waited' && r.pooled >= minGroupSize && strays
							);
						}
					}
				}
			),
			{ numRuns: 400 }
		);
	});
});
