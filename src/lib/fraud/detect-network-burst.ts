/**
 * Many accounts from one network in minutes: a script, or one person making accounts by the
 * dozen. Kiosks (one shelter's network, by design) and caseworkers are left out. The network
 * is known only as a keyed hash of its /24 (IPv4) or /48 (IPv6). Pure.
 */
import type { Prepared } from './prepare';
import type { Finding } from './types';

export type BurstOptions = { minAccounts: number; minutes: number };
export const burstDefaults: BurstOptions = { minAccounts: 15, minutes: 10 };

export function findNetworkBursts(
	people: readonly Prepared[],
	options: BurstOptions = burstDefaults
): Finding[] {
	const byNetwork = new Map<string, Map<number, number>>();
	const peopleOf = new Map<number, number[]>();
	for (const p of people) {
		if (!p.networkHash || p.channel !== 'self') continue;
		let accounts = byNetwork.get(p.networkHash);
		if (!accounts) byNetwork.set(p.networkHash, (accounts = new Map()));
		accounts.set(p.accountId, p.registeredAt);
		const list = peopleOf.get(p.accountId);
		if (list) list.push(p.personId);
		else peopleOf.set(p.accountId, [p.personId]);
	}
	const span = options.minutes * 60_000;
	const findings: Finding[] = [];
	for (const [network, accounts] of byNetwork) {
		if (accounts.size < options.minAccounts) continue;
		const times = [...accounts].sort((a, b) => a[1] - b[1]);
		// Every account inside some window of `minutes` holding at least minAccounts accounts.
		const caught = new Set<number>();
		let start = 0;
		for (let end = 0; end < times.length; end++) {
			while (times[end]![1] - times[start]![1] > span) start++;
			if (end - start + 1 >= options.minAccounts)
				for (let i = start; i <= end; i++) caught.add(times[i]![0]);
		}
		if (!caught.size) continue;
		const caughtTimes = times.filter(([id]) => caught.has(id)).map(([, t]) => t);
		const accountIds = [...caught].sort((a, b) => a - b);
		findings.push({
			kind: 'network_burst',
			key: `network:${network}:${new Date(caughtTimes[0]!).toISOString().slice(0, 10)}`,
			score: Math.min(100, Math.round(50 + 10 * Math.log2(caught.size / options.minAccounts))),
			accountIds,
			personIds: accountIds.flatMap((id) => peopleOf.get(id) ?? []).sort((a, b) => a - b),
			evidence: {
				kind: 'network_burst',
				accounts: caught.size,
				minutes: Math.max(
					1,
					Math.round((caughtTimes[caughtTimes.length - 1]! - caughtTimes[0]!) / 60_000)
				),
				firstAt: caughtTimes[0]!,
				lastAt: caughtTimes[caughtTimes.length - 1]!
			}
		});
	}
	return findings;
}
