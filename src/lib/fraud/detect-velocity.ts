/**
 * Velocity: registrations or requests per account, phone, browser, kiosk or caseworker
 * organisation per day and per month above what people do. Kiosks and caseworkers register
 * many families by design, so they have their own, higher norms. Pure.
 */
import type { Prepared } from './prepare';
import type { Finding, VelocityEvidence } from './types';

export type VelocityLimits = {
	requestsPerAccountPerMonth: number;
	/** Accounts giving one phone: people on their own phones. */
	phonePerDay: number;
	phonePerMonth: number;
	/** …and a shelter's or caseworker's phone given for the families they help. */
	assistedPhonePerDay: number;
	assistedPhonePerMonth: number;
	/**
	 * Accounts made on one browser by the groups themselves (a kiosk's or caseworker's browser
	 * is counted as theirs): a family's phone may register a relative or two, not a dozen.
	 */
	browserPerDay: number;
	browserPerMonth: number;
	/**
	 * Kiosks and caseworker organisations: at least this many a day, or ten times what a
	 * kiosk (organisation) registers on a median day in this data, whichever is more.
	 */
	assistedPerDayFloor: number;
	assistedPerDayTimesMedian: number;
};

export const velocityDefaults: VelocityLimits = {
	requestsPerAccountPerMonth: 8,
	phonePerDay: 4,
	phonePerMonth: 10,
	assistedPhonePerDay: 40,
	assistedPhonePerMonth: 150,
	browserPerDay: 4,
	browserPerMonth: 10,
	assistedPerDayFloor: 40,
	assistedPerDayTimesMedian: 10
};

function median(values: number[]): number {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

/** The daily limit for kiosks or caseworker organisations, from their own norm. */
function assistedLimit(days: Map<string, Set<number>>, limits: VelocityLimits): number {
	const typical = median([...days.values()].map((s) => s.size));
	return Math.max(limits.assistedPerDayFloor, limits.assistedPerDayTimesMedian * typical);
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);

function tally(map: Map<string, Set<number>>, key: string, accountId: number): void {
	const set = map.get(key);
	if (set) set.add(accountId);
	else map.set(key, new Set([accountId]));
}

export function findVelocity(
	people: readonly Prepared[],
	limits: VelocityLimits = velocityDefaults
): Finding[] {
	// One entry per account: velocity counts accounts and requests, not family members.
	const accounts = new Map<number, Prepared>();
	const peopleOf = new Map<number, number[]>();
	for (const p of people) {
		if (!accounts.has(p.accountId)) accounts.set(p.accountId, p);
		const list = peopleOf.get(p.accountId);
		if (list) list.push(p.personId);
		else peopleOf.set(p.accountId, [p.personId]);
	}
	const findings: Finding[] = [];
	const flag = (key: string, accountIds: number[], evidence: VelocityEvidence) => {
		const ratio = evidence.count / evidence.limit;
		findings.push({
			kind: 'velocity',
			key,
			score: Math.min(100, Math.round(40 + 20 * Math.log2(ratio))),
			accountIds: accountIds.sort((a, b) => a - b),
			personIds: accountIds.flatMap((id) => peopleOf.get(id) ?? []).sort((a, b) => a - b),
			evidence
		});
	};

	// Key: `<limit group>|<phone or browser>|<day or month>|<when>`.
	const byPhone = new Map<string, Set<number>>();
	const byBrowser = new Map<string, Set<number>>();
	const byKiosk = new Map<string, Set<number>>();
	const byOrganisation = new Map<string, Set<number>>();
	for (const a of accounts.values()) {
		const perMonth = new Map<string, number>();
		for (const t of a.requestTimes) perMonth.set(month(t), (perMonth.get(month(t)) ?? 0) + 1);
		for (const [when, count] of perMonth)
			if (count > limits.requestsPerAccountPerMonth)
				flag(`account:${a.accountId}:${when}`, [a.accountId], {
					kind: 'velocity',
					subject: 'account',
					counted: 'requests',
					period: 'month',
					when,
					count,
					limit: limits.requestsPerAccountPerMonth
				});
		const assisted = a.channel === 'self' ? 'self' : 'assisted';
		if (a.phone) {
			tally(byPhone, `${assisted}|${a.phone}|day|${day(a.registeredAt)}`, a.accountId);
			tally(byPhone, `${assisted}|${a.phone}|month|${month(a.registeredAt)}`, a.accountId);
		}
		if (a.browserHash && a.channel === 'self') {
			tally(byBrowser, `self|${a.browserHash}|day|${day(a.registeredAt)}`, a.accountId);
			tally(byBrowser, `self|${a.browserHash}|month|${month(a.registeredAt)}`, a.accountId);
		}
		if (a.kioskId !== null) tally(byKiosk, `${a.kioskId}|${day(a.registeredAt)}`, a.accountId);
		else if (a.channel === 'caseworker' && a.organisationId !== null)
			tally(byOrganisation, `${a.organisationId}|${day(a.registeredAt)}`, a.accountId);
	}

	/**
	 * Registrations per phone or browser. One over the limit on several days of one month is
	 * one pattern: keep the month's finding, and days only where the month stayed within it.
	 */
	const flagRegistrationsBy = (
		subject: 'phone' | 'browser',
		tallies: Map<string, Set<number>>,
		limitOf: (assisted: string, period: 'day' | 'month') => number
	) => {
		const entries = [...tallies].map(([key, set]) => {
			const [assisted, id, period, when] = key.split('|') as [
				string,
				string,
				'day' | 'month',
				string
			];
			return { id, period, when, set, limit: limitOf(assisted, period) };
		});
		const overMonths = new Set<string>();
		for (const e of entries)
			if (e.period === 'month' && e.set.size > e.limit) overMonths.add(`${e.id}|${e.when}`);
		for (const e of entries) {
			if (e.set.size <= e.limit) continue;
			if (e.period === 'day' && overMonths.has(`${e.id}|${e.when.slice(0, 7)}`)) continue;
			flag(`${subject}:${e.id}:${e.when}`, [...e.set], {
				kind: 'velocity',
				subject,
				counted: 'registrations',
				period: e.period,
				when: e.when,
				count: e.set.size,
				limit: e.limit
			});
		}
	};
	flagRegistrationsBy('phone', byPhone, (assisted, period) =>
		assisted === 'self'
			? period === 'day'
				? limits.phonePerDay
				: limits.phonePerMonth
			: period === 'day'
				? limits.assistedPhonePerDay
				: limits.assistedPhonePerMonth
	);
	flagRegistrationsBy('browser', byBrowser, (_, period) =>
		period === 'day' ? limits.browserPerDay : limits.browserPerMonth
	);
	const kioskLimit = assistedLimit(byKiosk, limits);
	for (const [key, set] of byKiosk) {
		const [kiosk, when] = key.split('|') as [string, string];
		if (set.size > kioskLimit)
			flag(`kiosk:${kiosk}:${when}`, [...set], {
				kind: 'velocity',
				subject: 'kiosk',
				counted: 'registrations',
				period: 'day',
				when,
				count: set.size,
				limit: kioskLimit
			});
	}
	const organisationLimit = assistedLimit(byOrganisation, limits);
	for (const [key, set] of byOrganisation) {
		const [organisation, when] = key.split('|') as [string, string];
		if (set.size > organisationLimit)
			flag(`caseworker:${organisation}:${when}`, [...set], {
				kind: 'velocity',
				subject: 'caseworker',
				counted: 'registrations',
				period: 'day',
				when,
				count: set.size,
				limit: organisationLimit
			});
	}
	return findings;
}
