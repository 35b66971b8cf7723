/**
 * Precision and recall of each detector against the truth planted in synthetic data
 * (`npm run data:synthetic`). What counts as one hit differs by detector:
 * - shared address: a flagged address is right when most of its accounts belong to one
 *   planted ring; a ring is found when some flag is right about it;
 * - one person, several accounts: pairs of records across accounts;
 * - velocity: the account, phone, browser or kiosk flagged;
 * - network burst: like shared address, with the planted bursts.
 */
import type { DuplicateEvidence, Finding, VelocityEvidence } from './types';

export type Truth = {
	sharedAddressRings: Array<{ accountIds: number[] }>;
	allowlistedShelters: Array<{ label: string; accountIds: number[] }>;
	duplicatePairs: Array<[number, number]>;
	velocity: { accounts: number[]; phones: string[]; kiosks: number[]; browsers?: string[] };
	networkBursts: Array<{ accountIds: number[] }>;
};

export type DetectorScore = { detector: string; precision: number; recall: number; flags: number };

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function groupScore(
	detector: string,
	flags: Finding[],
	groups: Array<{ accountIds: number[] }>
): DetectorScore {
	const sets = groups.map((g) => new Set(g.accountIds));
	const found = new Set<number>();
	let right = 0;
	for (const f of flags) {
		const hit = sets.findIndex(
			(s) => f.accountIds.filter((id) => s.has(id)).length * 2 >= f.accountIds.length
		);
		if (hit >= 0) {
			right++;
			found.add(hit);
		}
	}
	return {
		detector,
		precision: ratio(right, flags.length),
		recall: ratio(found.size, groups.length),
		flags: flags.length
	};
}

function pairScore(
	flags: Finding[],
	truthPairs: Array<[number, number]>,
	accountOf: Map<number, number>
): DetectorScore {
	const truth = new Set(truthPairs.map(([a, b]) => (a < b ? `${a}:${b}` : `${b}:${a}`)));
	const predicted = new Set<string>();
	for (const f of flags) {
		const ids = f.personIds;
		for (let i = 0; i < ids.length; i++)
			for (let j = i + 1; j < ids.length; j++)
				if (accountOf.get(ids[i]!) !== accountOf.get(ids[j]!)) predicted.add(`${ids[i]}:${ids[j]}`);
	}
	let both = 0;
	for (const p of predicted) if (truth.has(p)) both++;
	return {
		detector: 'duplicate_person',
		precision: ratio(both, predicted.size),
		recall: ratio(both, truth.size),
		flags: flags.length
	};
}

function velocityScore(flags: Finding[], truth: Truth['velocity']): DetectorScore {
	const flagged = new Set<string>();
	for (const f of flags) {
		const e = f.evidence as VelocityEvidence;
		const subject = f.key.split(':')[1]!;
		flagged.add(e.subject === 'phone' ? `phone:${subject}` : `${e.subject}:${subject}`);
	}
	const expected = new Set([
		...truth.accounts.map((id) => `account:${id}`),
		...truth.phones.map((p) => `phone:${p}`),
		...truth.kiosks.map((id) => `kiosk:${id}`),
		// Truth files written before browsers were counted have none.
		...(truth.browsers ?? []).map((b) => `browser:${b}`)
	]);
	let both = 0;
	for (const s of flagged) if (expected.has(s)) both++;
	return {
		detector: 'velocity',
		precision: ratio(both, flagged.size),
		recall: ratio(both, expected.size),
		flags: flags.length
	};
}

export function evaluate(findings: readonly Finding[], truth: Truth) {
	const of = (kind: Finding['kind']) => findings.filter((f) => f.kind === kind);
	const accountOf = new Map<number, number>();
	for (const f of of('duplicate_person'))
		for (const p of (f.evidence as DuplicateEvidence).people ?? [])
			accountOf.set(p.personId, p.accountId);
	const shelterAccounts = new Set(truth.allowlistedShelters.flatMap((s) => s.accountIds));
	const sheltersFlagged = of('shared_address').filter((f) =>
		f.accountIds.some((id) => shelterAccounts.has(id))
	).length;
	return {
		notes: [`allowlisted_shelters=${truth.allowlistedShelters.length} flagged=${sheltersFlagged}`],
		detectors: [
			groupScore('shared_address', of('shared_address'), truth.sharedAddressRings),
			pairScore(of('duplicate_person'), truth.duplicatePairs, accountOf),
			velocityScore(of('velocity'), truth.velocity),
			groupScore('network_burst', of('network_burst'), truth.networkBursts)
		]
	};
}
