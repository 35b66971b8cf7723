/**
 * The equity report of a run: for each group of requests (by days waited, party size,
 * first-choice port, channel, language), how many were in the pool, how many got an offer, and
 * a warning when a group's offer rate strays from the overall rate by more than a set ratio.
 * Days waited get no warning: a higher chance for longer waits is the policy, not a bias.
 * Pure: computed from the run's own inputs and outputs, so it can be re-checked too.
 */
import { daysWaitedAt, type Offer, type PoolEntry } from './allocate';

export type EquityEntry = PoolEntry & { channel: string; language: string };

export type EquityRow = {
	dimension: 'days_waited' | 'party_size' | 'first_choice' | 'channel' | 'language';
	group: string;
	pooled: number;
	offered: number;
	rate: number;
	/** The group's rate divided by the overall rate (1 = same chance). */
	ratio: number;
	warning: boolean;
};

export type EquityReport = {
	pooled: number;
	offered: number;
	rate: number;
	maxRatio: number;
	/** Groups smaller than this get no warning: their rates say little. */
	minGroupSize: number;
	rows: EquityRow[];
};

const daysBands: Array<[number, number, string]> = [
	[0, 6, '0-6'],
	[7, 13, '7-13'],
	[14, 29, '14-29'],
	[30, 59, '30-59'],
	[60, 89, '60-89'],
	[90, Infinity, '90+']
];

function daysBand(days: number): string {
	return daysBands.find(([lo, hi]) => days >= lo && days <= hi)![2];
}

function partyBand(size: number): string {
	return size >= 5 ? '5+' : String(size);
}

export function equityReport(
	entries: readonly EquityEntry[],
	offers: readonly Offer[],
	cutoff: number,
	options: { maxRatio: number; minGroupSize: number } = { maxRatio: 1.5, minGroupSize: 20 }
): EquityReport {
	const offered = new Set(offers.map((o) => o.requestId));
	const overall = entries.length ? offers.length / entries.length : 0;
	const groupOf: Record<EquityRow['dimension'], (e: EquityEntry) => string> = {
		days_waited: (e) => daysBand(daysWaitedAt(e, cutoff)),
		party_size: (e) => partyBand(e.partySize),
		first_choice: (e) => e.portIds[0] ?? '',
		channel: (e) => e.channel,
		language: (e) => e.language
	};
	const rows: EquityRow[] = [];
	for (const dimension of Object.keys(groupOf) as EquityRow['dimension'][]) {
		const counts = new Map<string, { pooled: number; offered: number }>();
		for (const e of entries) {
			const group = groupOf[dimension](e);
			const c = counts.get(group) ?? { pooled: 0, offered: 0 };
			c.pooled++;
			if (offered.has(e.id)) c.offered++;
			counts.set(group, c);
		}
		for (const [group, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
			const rate = c.offered / c.pooled;
			const ratio = overall > 0 ? rate / overall : 1;
			// Compared as integers (offered·pooled products), so a group exactly at the ratio
			// is never warned about because of rounding.
			const groupScaled = c.offered * entries.length;
			const overallScaled = offers.length * c.pooled;
			const strays =
				groupScaled > options.maxRatio * overallScaled ||
				groupScaled * options.maxRatio < overallScaled;
			rows.push({
				dimension,
				group,
				pooled: c.pooled,
				offered: c.offered,
				rate,
				ratio,
				warning:
					dimension !== 'days_waited' && overall > 0 && c.pooled >= options.minGroupSize && strays
			});
		}
	}
	return { pooled: entries.length, offered: offers.length, rate: overall, ...options, rows };
}
