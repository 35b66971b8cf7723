/**
 * Benchmark of the daily allocation: a deterministic pool of 1,000,000 requests (change it with
 * `--requests N`) over 8 ports × 14 days × 10 slots, one call to `allocate`.
 *
 *   npm run bench:allocation [-- --requests 200000]
 *
 * The last line is machine-readable:
 *   allocation requests=N seconds=S peak_rss_mb=M
 * where S times the allocate call alone and M is the peak resident set of the whole process.
 */
import { createHash } from 'node:crypto';
import { allocate, type PoolEntry, type Slot } from '../src/lib/server/allocation/allocate';
import { createRandom, type Random } from '../src/lib/fraud/synthetic/random';

function requestCount(argv: readonly string[]): number {
	let value: string | undefined;
	argv.forEach((arg, i) => {
		if (arg === '--requests') value = argv[i + 1];
		else if (arg.startsWith('--requests=')) value = arg.slice('--requests='.length);
	});
	if (value === undefined) return 1_000_000;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0)
		throw new Error(`--requests needs a whole number, not ${value}`);
	return n;
}

const dayMs = 86_400_000;
const runDate = '2025-03-10';
const cutoff = Date.parse('2025-03-11T04:00:00Z');
const horizonDays = 14;
const ports = [
	'san-ysidro',
	'otay-mesa',
	'calexico',
	'nogales',
	'el-paso',
	'eagle-pass',
	'laredo',
	'brownsville'
];
const portPopularity = [30, 20, 14, 10, 8, 7, 6, 5];
const partyWeights = [40, 25, 15, 10, 6, 4]; // sizes 1 to 6
const choiceWeights = [40, 35, 25]; // 1, 2 or 3 ranked ports
const times = [
	'08:00',
	'09:00',
	'10:00',
	'11:00',
	'12:00',
	'13:00',
	'14:00',
	'15:00',
	'16:00',
	'17:00'
];

const dateAfter = (days: number) =>
	new Date(Date.parse(`${runDate}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
const dates = Array.from({ length: horizonDays }, (_, i) => dateAfter(i + 1));

function buildSlots(random: Random): Slot[] {
	const slots: Slot[] = [];
	for (const portId of ports)
		for (const date of dates)
			for (const time of times)
				slots.push({ portId, date, time, seats: 10 + Math.floor(random.next() * 31) });
	return slots;
}

function buildRequests(random: Random, count: number): PoolEntry[] {
	const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
	const requests: PoolEntry[] = new Array(count);
	for (let i = 0; i < count; i++) {
		const choices = 1 + random.weighted(choiceWeights);
		const portIds: string[] = [];
		while (portIds.length < choices) {
			const portId = ports[random.weighted(portPopularity)]!;
			if (!portIds.includes(portId)) portIds.push(portId);
		}
		// Earliest dates lean towards the start of the horizon.
		const day = Math.floor(horizonDays * random.next() ** 2);
		requests[i] = {
			// Pseudonymous ids in no particular order, unique by their suffix.
			id: `${hex(random.next() * 2 ** 32)}-${i.toString(36)}`,
			partySize: 1 + random.weighted(partyWeights),
			portIds,
			earliestDate: dates[day]!,
			waitingSince: cutoff - Math.floor(random.next() * 180 * dayMs),
			tier: random.next() < 0.001 ? 1 : 0
		};
	}
	return requests;
}

const count = requestCount(process.argv.slice(2));
const random = createRandom(20250310);
const seed = createHash('sha256').update('turno-bench-allocation').digest('hex');

const builtAt = performance.now();
const slots = buildSlots(random);
const requests = buildRequests(random, count);
const seats = slots.reduce((sum, s) => sum + s.seats, 0);
console.log(
	`pool: ${requests.length} requests, ${slots.length} slots, ${seats} seats ` +
		`(built in ${((performance.now() - builtAt) / 1000).toFixed(2)} s)`
);

const started = performance.now();
const { offers } = allocate({ seed, cutoff, seniorityShare: 0.5, requests, slots });
const seconds = (performance.now() - started) / 1000;

const phases = new Map<string, { offers: number; seats: number }>();
for (const o of offers) {
	const p = phases.get(o.phase) ?? { offers: 0, seats: 0 };
	p.offers++;
	p.seats += o.seats;
	phases.set(o.phase, p);
}
const seated = offers.reduce((sum, o) => sum + o.seats, 0);
console.log(`offers made: ${offers.length} (${seated} of ${seats} seats)`);
for (const phase of ['priority', 'seniority', 'lottery']) {
	const p = phases.get(phase) ?? { offers: 0, seats: 0 };
	console.log(`  ${phase}: ${p.offers} offers, ${p.seats} seats`);
}

const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`allocation requests=${count} seconds=${seconds.toFixed(2)} peak_rss_mb=${peakRssMb}`);
