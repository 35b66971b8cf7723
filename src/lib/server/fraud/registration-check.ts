/**
 * A new registration checked as it arrives (a job from the queue): its people's matching
 * keys are recorded, the earlier people sharing any key are read by index, and the detectors
 * run over that small group. The nightly full pass recomputes everything with weights from
 * all the data; here the counts of the group stand in for them.
 */
import type { Db } from '../db';
import { blockKeys } from '$lib/fraud/detect-duplicates';
import { detectAll } from '$lib/fraud/detect-all';
import { frequencyTables } from '$lib/fraud/frequencies';
import { preparer, type Prepared } from '$lib/fraud/prepare';
import { readAllowlist, readPersonRecords } from './read-records';
import { storeFindings, type StoreCounts } from './store-findings';

/** A key shared by more accounts than this (a shelter's phone) says nothing: not followed. */
const maxAccountsPerKey = 500;

function keysOf(p: Prepared): string[] {
	const keys = blockKeys(p);
	if (p.networkHash && p.channel === 'self') keys.push(`n${p.networkHash}`);
	if (p.browserHash && p.channel === 'self') keys.push(`b${p.browserHash}`);
	return keys;
}

export function checkRegistration(db: Db, accountId: number, now: number): StoreCounts {
	const prepare = preparer();
	const own = readPersonRecords(db, [accountId]).map(prepare);
	if (!own.length) return { added: 0, refreshed: 0, reopened: 0 };
	const keys = [...new Set(own.flatMap(keysOf))];
	const insert = db.$client.prepare(
		"insert into person_key (person_id, account_id, kind, value, created_at) values (?, ?, 'block', ?, ?)"
	);
	db.$client
		.transaction(() => {
			db.$client.prepare('delete from person_key where account_id = ?').run(accountId);
			for (const p of own) for (const key of keysOf(p)) insert.run(p.personId, accountId, key, now);
		})
		.immediate();

	const others = new Set<number>();
	const lookup = db.$client.prepare(
		`select distinct account_id from person_key where kind = 'block' and value = ? limit ${maxAccountsPerKey + 1}`
	);
	for (const key of keys) {
		const rows = lookup.raw().all(key) as [number][];
		if (rows.length > maxAccountsPerKey) continue;
		for (const [id] of rows) if (id !== accountId) others.add(id);
	}
	if (!others.size) return { added: 0, refreshed: 0, reopened: 0 };
	const people = [...own, ...readPersonRecords(db, [...others]).map(prepare)];
	const total = (db.$client.prepare('select count(*) n from person').get() as { n: number }).n;
	const frequencies = { ...frequencyTables(people, 2_000), total };
	const findings = detectAll(people, readAllowlist(db), now, frequencies).filter((f) =>
		f.accountIds.includes(accountId)
	);
	return storeFindings(db, findings, now);
}
