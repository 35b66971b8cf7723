/**
 * Reading people for the analytics: one pass over person ⋈ account, and one over requests,
 * as raw rows (a million people are read in seconds; objects per row are made once).
 * Accounts merged into another after review are left out.
 */
import type { Db } from '../db';
import type { UsAddress } from '../db/schema';
import type { PersonRecord } from '$lib/fraud/types';

type RequestSummary = { times: number[]; portIds: string[] };

function requestsBy(db: Db, accountIds: readonly number[] | null): Map<number, RequestSummary> {
	const out = new Map<number, RequestSummary>();
	const sql = `select account_id, created_at, port_ids from request${
		accountIds ? ` where account_id in (select value from json_each(?))` : ''
	} order by account_id, created_at`;
	const statement = db.$client.prepare(sql).raw();
	const rows = (
		accountIds ? statement.iterate(JSON.stringify(accountIds)) : statement.iterate()
	) as Iterable<[number, number, string]>;
	// The latest request's ports, parsed once per account rather than once per request.
	const latestPorts = new Map<number, string>();
	for (const [accountId, createdAt, portIds] of rows) {
		let summary = out.get(accountId);
		if (!summary) out.set(accountId, (summary = { times: [], portIds: [] }));
		summary.times.push(createdAt);
		latestPorts.set(accountId, portIds);
	}
	for (const [accountId, portIds] of latestPorts)
		out.get(accountId)!.portIds = JSON.parse(portIds) as string[];
	return out;
}

/** Everyone (accountIds null), or the people of the given accounts. */
export function readPersonRecords(
	db: Db,
	accountIds: readonly number[] | null = null
): PersonRecord[] {
	return readPeople(db, accountIds, (record) => record);
}

/**
 * The same, each record turned into what the caller keeps as it is read: a million full
 * records need not be held at once.
 */
export function readPeople<T>(
	db: Db,
	accountIds: readonly number[] | null,
	keep: (record: PersonRecord) => T
): T[] {
	const requests = requestsBy(db, accountIds);
	const sql = `select p.id, p.account_id, p.full_name, p.date_of_birth, p.nationality, a.phone,
			a.us_address, a.channel, a.kiosk_id, a.organisation_id, a.network_hash, a.created_at,
			a.browser_hash
		from person p join account a on a.id = p.account_id
		where a.merged_into is null${accountIds ? ' and a.id in (select value from json_each(?))' : ''}`;
	const statement = db.$client.prepare(sql).raw();
	const rows = (
		accountIds ? statement.iterate(JSON.stringify(accountIds)) : statement.iterate()
	) as Iterable<
		[
			number,
			number,
			string,
			string,
			string,
			string | null,
			string | null,
			PersonRecord['channel'],
			number | null,
			number | null,
			string | null,
			number,
			string | null
		]
	>;
	const out: T[] = [];
	const noRequests: RequestSummary = { times: [], portIds: [] };
	for (const r of rows) {
		const summary = requests.get(r[1]) ?? noRequests;
		out.push(
			keep({
				personId: r[0],
				accountId: r[1],
				fullName: r[2],
				dateOfBirth: r[3],
				nationality: r[4],
				phone: r[5],
				address: r[6] ? (JSON.parse(r[6]) as UsAddress) : null,
				channel: r[7],
				kioskId: r[8],
				organisationId: r[9],
				networkHash: r[10],
				browserHash: r[12],
				registeredAt: r[11],
				portIds: summary.portIds,
				requestTimes: summary.times
			})
		);
	}
	return out;
}

/** Normalised addresses that may house many people (shelters, sponsor organisations). */
export function readAllowlist(db: Db): Set<string> {
	const rows = db.$client.prepare('select address_key from address_allowlist').raw().all() as [
		string
	][];
	return new Set(rows.map((r) => r[0]));
}
