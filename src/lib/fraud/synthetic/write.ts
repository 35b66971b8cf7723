/**
 * Writes a synthetic data set into a migrated Turno database with prepared statements in large
 * transactions (a million people in well under a minute).
 */
import type Database from 'better-sqlite3';
import type { Dataset, FirstIds } from './generate';
import type { SynRequest } from './world';

/** A fixed placeholder: synthetic accounts cannot be signed in to. */
export const placeholderPinHash = 'synthetic:no-pin';

/** The first free ids of the tables the data set writes to. */
export function firstFreeIds(sqlite: Database.Database): FirstIds {
	const next = (table: string) =>
		((sqlite.prepare(`select max(id) as m from ${table}`).get() as { m: number | null }).m ?? 0) +
		1;
	return {
		account: next('account'),
		person: next('person'),
		organisation: next('organisation'),
		kiosk: next('kiosk')
	};
}

export function countPeople(sqlite: Database.Database): number {
	return (sqlite.prepare('select count(*) as n from person').get() as { n: number }).n;
}

const batch = 50_000;

export function writeDataset(sqlite: Database.Database, data: Dataset): void {
	const admin = data.organisations.find((o) => o.kind === 'government')!;
	const insertOrganisation = sqlite.prepare(
		'insert into organisation (id, name, kind, port_id, created_at) values (?, ?, ?, null, ?)'
	);
	const insertStaff = sqlite.prepare(
		`insert or ignore into staff_user
			(organisation_id, email, name, role, password_hash, must_change_password, active, created_at)
			values (?, ?, ?, 'admin', ?, 1, 1, ?)`
	);
	const insertKiosk = sqlite.prepare(
		`insert into kiosk (id, organisation_id, name, token_hash, enrolled_at, created_by, created_at)
			values (?, ?, ?, ?, ?, ?, ?)`
	);
	const insertAllowlist = sqlite.prepare(
		`insert or ignore into address_allowlist (address_key, label, added_by, created_at)
			values (?, ?, ?, ?)`
	);
	const email = `data-admin+${data.truth.seed}@synthetic.turno.invalid`;
	let adminId = 0;
	sqlite.transaction(() => {
		for (const o of data.organisations) insertOrganisation.run(o.id, o.name, o.kind, o.createdAt);
		insertStaff.run(
			admin.id,
			email,
			'Synthetic data administrator',
			placeholderPinHash,
			admin.createdAt
		);
		adminId = (
			sqlite.prepare('select id from staff_user where email = ?').get(email) as { id: number }
		).id;
		for (const k of data.kiosks)
			insertKiosk.run(
				k.id,
				k.organisationId,
				k.name,
				k.tokenHash,
				k.createdAt,
				adminId,
				k.createdAt
			);
		for (const a of data.allowlist)
			insertAllowlist.run(a.addressKey, a.label, adminId, a.createdAt);
	})();

	const insertAccount = sqlite.prepare(
		`insert into account (id, booking_code, pin_hash, locale, channel, phone, us_address,
			organisation_id, consent_at, network_hash, browser_hash, kiosk_id, merged_into, created_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)`
	);
	const insertPerson = sqlite.prepare(
		`insert into person (id, account_id, position, full_name, date_of_birth, nationality)
			values (?, ?, ?, ?, ?, ?)`
	);
	const accounts = data.accounts;
	const writeAccounts = sqlite.transaction((from: number, to: number) => {
		for (let i = from; i < to; i++) {
			const a = accounts[i]!;
			insertAccount.run(
				a.id,
				a.bookingCode,
				placeholderPinHash,
				a.locale,
				a.channel,
				a.phone,
				a.usAddress ? JSON.stringify(a.usAddress) : null,
				a.organisationId,
				a.consentAt,
				a.networkHash,
				a.browserHash,
				a.kioskId,
				a.createdAt
			);
			for (const p of a.people)
				insertPerson.run(p.id, a.id, p.position, p.fullName, p.dateOfBirth, p.nationality);
		}
	});
	for (let i = 0; i < accounts.length; i += batch)
		writeAccounts(i, Math.min(accounts.length, i + batch));

	// Requests in the order they were made, so their ids follow time as the application's do.
	const requests: Array<{ accountId: number; r: SynRequest }> = [];
	for (const a of accounts) for (const r of a.requests) requests.push({ accountId: a.id, r });
	requests.sort((x, y) => x.r.createdAt - y.r.createdAt);
	const insertRequest = sqlite.prepare(
		`insert into request (account_id, status, party_size, port_ids, earliest_date, waiting_since,
			priority_tier, submission_key, created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`
	);
	const writeRequests = sqlite.transaction((from: number, to: number) => {
		for (let i = from; i < to; i++) {
			const { accountId, r } = requests[i]!;
			insertRequest.run(
				accountId,
				r.status,
				r.partySize,
				r.portIds,
				r.earliestDate,
				r.createdAt,
				r.submissionKey,
				r.createdAt,
				r.updatedAt
			);
		}
	});
	for (let i = 0; i < requests.length; i += batch * 2)
		writeRequests(i, Math.min(requests.length, i + batch * 2));
}
