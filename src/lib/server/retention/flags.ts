/**
 * Integrity flags when their people's data is purged. A flag stays — its kind, score, counts,
 * decision, reviewer and dates are the record of what was found and decided, and audit entries
 * name it (`flag:12`) — but once none of its accounts remains, what it says about the people
 * goes: its key (an address, a phone, a network or a person), the address in its evidence and
 * the reviewer's note (free text, which may name them). While any of its accounts remains the
 * flag is left whole: the address or phone in it is also that account's, kept with it.
 */
import type { Db } from '../db';
import type { SharedAddressEvidence } from '../../fraud/types';

/** Evidence fields that hold what people typed (normalised), rather than counts and ids. */
const personalEvidenceFields = ['addressKey'] as const satisfies ReadonlyArray<
	keyof SharedAddressEvidence
>;

/**
 * The evidence without personal fields. They are emptied rather than dropped so the evidence
 * keeps the shape the review page reads.
 */
export function withoutPersonalFields(evidence: Record<string, unknown>): Record<string, unknown> {
	const kept = { ...evidence };
	for (const field of personalEvidenceFields) if (field in kept) kept[field] = '';
	return kept;
}

const clearedPrefix = 'purged:';
/** The key a cleared flag gets: unique, and never one a detector makes, so none matches it. */
export const clearedKey = (flagId: number) => `${clearedPrefix}${flagId}`;

/**
 * The flags naming any of these accounts in which no other account remains: those a purge of
 * the accounts leaves without anyone. Read before or after the accounts are deleted alike.
 */
function flagsLeftEmpty(db: Db, accountIds: readonly number[]) {
	return db.$client
		.prepare(
			`select f.id, f.evidence from flag f
			where substr(f.key, 1, @n) <> @prefix
			and exists (select 1 from json_each(f.subjects, '$.accountIds') j
				where j.value in (select value from json_each(@ids)))
			and not exists (select 1 from json_each(f.subjects, '$.accountIds') j
				join account a on a.id = j.value
				where j.value not in (select value from json_each(@ids)))`
		)
		.all({ ids: JSON.stringify(accountIds), prefix: clearedPrefix, n: clearedPrefix.length }) as {
		id: number;
		evidence: string;
	}[];
}

/** Clears the flags left without anyone by purging these accounts; returns how many. */
export function clearFlagsOf(db: Db, accountIds: readonly number[], dryRun: boolean): number {
	const flags = flagsLeftEmpty(db, accountIds);
	if (dryRun) return flags.length;
	const clear = db.$client.prepare(
		'update flag set key = ?, evidence = ?, note = null where id = ?'
	);
	for (const f of flags) {
		const evidence = withoutPersonalFields(JSON.parse(f.evidence) as Record<string, unknown>);
		clear.run(clearedKey(f.id), JSON.stringify(evidence), f.id);
	}
	return flags.length;
}
