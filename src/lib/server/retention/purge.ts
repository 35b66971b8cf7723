/**
 * Applying the retention rule: the accounts due (rule.ts) are deleted with everything that
 * holds their people's data, a batch at a time, each batch in one IMMEDIATE transaction with
 * its audit entry (counts only). Deciding again inside the transaction means a request made
 * a moment before is seen; running again finds nothing more to do.
 *
 * Why rows are deleted rather than blanked: an account without its people would be a row
 * every page must learn to skip (caseworker lists, the day list, exports, sign-in), while a
 * missing account is something they already handle. What must stay does not depend on these
 * rows: the audit log names accounts by id (AUTOINCREMENT: an id is never given again),
 * published allocation runs carry keyed pseudonyms, counts and equity reports live with the
 * run, and flags keep their counts and decisions (flags.ts).
 */
import type { Db } from '../db';
import { changeWithAudit } from '../audit/audited-change';
import { dateInZone } from '../allocation/schedule';
import { readAccountFacts } from './facts';
import { clearFlagsOf } from './flags';
import { verdict, type KeepReason, type PurgeRule, type RetentionPolicy } from './rule';

export type RemovedCounts = {
	accounts: number;
	people: number;
	personKeys: number;
	requests: number;
	offers: number;
	registrationDrafts: number;
	requestDrafts: number;
	sessions: number;
	/** Flags left without any account, whose key, address and note were cleared. */
	flagsCleared: number;
};

export type RetentionReport = {
	/** The day the rule was applied for (YYYY-MM-DD, in the policy's time zone). */
	today: string;
	dryRun: boolean;
	/** Accounts looked at. */
	accounts: number;
	purged: Record<PurgeRule, number>;
	kept: Record<KeepReason, number>;
	removed: RemovedCounts;
};

const inBatch = 'in (select value from json_each(@ids))';

/**
 * Every table holding an account's data, children before parents. Deleting children first
 * lets the accounts go without SQLite's cascades, which read `request` and
 * `registration_draft` whole for every account deleted (they have no index on the account).
 */
const steps: ReadonlyArray<{
	count: Exclude<keyof RemovedCounts, 'flagsCleared'>;
	table: string;
	where: string;
}> = [
	{
		count: 'offers',
		table: 'offer',
		where: `request_id in (select id from request where account_id ${inBatch})`
	},
	{ count: 'requests', table: 'request', where: `account_id ${inBatch}` },
	{
		count: 'personKeys',
		table: 'person_key',
		where: `person_id in (select id from person where account_id ${inBatch})`
	},
	{ count: 'people', table: 'person', where: `account_id ${inBatch}` },
	{ count: 'registrationDrafts', table: 'registration_draft', where: `account_id ${inBatch}` },
	{ count: 'requestDrafts', table: 'request_draft', where: `account_id ${inBatch}` },
	{ count: 'sessions', table: 'applicant_session', where: `account_id ${inBatch}` },
	{ count: 'accounts', table: 'account', where: `id ${inBatch}` }
];

/** The tables the purge deletes from (a test compares them with the schema's references). */
export const purgedTables: readonly string[] = steps.map((s) => s.table);

/** Parents whose rows the purge deletes: any table referring to them must be among the steps. */
const parents = ['account', 'person', 'request'];

/** Accounts decided and deleted per transaction: short enough not to hold up other writers. */
export const defaultBatchSize = 500;

/**
 * Applies the rule at `now`. A dry run reads the same rows with the same conditions and
 * counts them, inside a read transaction, and writes nothing.
 */
export function purgePersonalData(
	db: Db,
	policy: RetentionPolicy,
	now: number,
	options: { dryRun?: boolean; batchSize?: number } = {}
): RetentionReport {
	const dryRun = options.dryRun ?? false;
	const batchSize = options.batchSize ?? defaultBatchSize;
	const report: RetentionReport = {
		today: dateInZone(now, policy.timeZone),
		dryRun,
		accounts: 0,
		...nothingYet()
	};
	const due: number[] = [];
	for (const facts of readAccountFacts(db, null)) {
		report.accounts++;
		const found = verdict(facts, policy, now);
		if (found.purge) due.push(facts.accountId);
		else report.kept[found.reason]++;
	}
	if (!due.length) return report;
	const batches: number[][] = [];
	for (let i = 0; i < due.length; i += batchSize) batches.push(due.slice(i, i + batchSize));
	const work = () => {
		for (const ids of batches) {
			const batch = dryRun
				? db.$client.transaction(() => purgeBatch(db, ids, policy, now, true)).deferred()
				: changeWithAudit(
						db,
						now,
						() => purgeBatch(db, ids, policy, now, false),
						(done) => auditRecord(done, report.today, policy)
					);
			for (const [rule, n] of Object.entries(batch.purged)) report.purged[rule as PurgeRule] += n;
			for (const [reason, n] of Object.entries(batch.kept)) report.kept[reason as KeepReason] += n;
			for (const [what, n] of Object.entries(batch.removed)) {
				report.removed[what as keyof RemovedCounts] += n;
			}
		}
	};
	if (dryRun) work();
	else {
		withoutCascades(db, work);
		// The deleted rows' old pages may still sit in the write-ahead log: empty it, now that the
		// database file holds them overwritten (secure_delete). If a reader keeps it from being
		// emptied, later writes overwrite it from its start.
		if (report.removed.accounts) db.$client.pragma('wal_checkpoint(TRUNCATE)');
	}
	return report;
}

type BatchResult = Pick<RetentionReport, 'purged' | 'kept' | 'removed'>;

function nothingYet(): BatchResult {
	return {
		purged: { after_appointment: 0, inactive: 0 },
		kept: { recent: 0, waiting: 0, upcoming: 0, flagged: 0 },
		removed: {
			accounts: 0,
			people: 0,
			personKeys: 0,
			requests: 0,
			offers: 0,
			registrationDrafts: 0,
			requestDrafts: 0,
			sessions: 0,
			flagsCleared: 0
		}
	};
}

function purgeBatch(
	db: Db,
	candidates: readonly number[],
	policy: RetentionPolicy,
	now: number,
	dryRun: boolean
): BatchResult {
	const result = nothingYet();
	// Decided again inside the transaction: since the first reading, someone may have asked
	// for a new appointment, or a flag may have been reopened.
	const ids: number[] = [];
	for (const facts of readAccountFacts(db, candidates)) {
		const found = verdict(facts, policy, now);
		if (found.purge) {
			ids.push(facts.accountId);
			result.purged[found.rule]++;
		} else result.kept[found.reason]++;
	}
	if (!ids.length) return result;
	const params = { ids: JSON.stringify(ids) };
	// Flags are read while their accounts still exist; the same accounts decide either way.
	result.removed.flagsCleared = clearFlagsOf(db, ids, dryRun);
	for (const step of steps) {
		result.removed[step.count] = dryRun
			? (db.$client
					.prepare(`select count(*) from ${step.table} where ${step.where}`)
					.pluck()
					.get(params) as number)
			: db.$client.prepare(`delete from ${step.table} where ${step.where}`).run(params).changes;
	}
	if (!dryRun) assertNothingLeftPointing(db);
	return result;
}

/**
 * With cascades off, a table referring to accounts, people or requests that the steps above
 * do not know would be left pointing at nothing. Checked before the transaction commits, so
 * such a purge fails (and its job retries, logged) rather than leaving orphans behind.
 */
function assertNothingLeftPointing(db: Db): void {
	const children = db.$client
		.prepare(
			`select distinct m.name from sqlite_master m, pragma_foreign_key_list(m.name) f
			where m.type = 'table' and f."table" in (${parents.map(() => '?').join(', ')})`
		)
		.pluck()
		.all(...parents) as string[];
	for (const table of children) {
		const broken = (
			db.$client.pragma(`foreign_key_check("${table.replaceAll('"', '""')}")`) as {
				parent: string;
			}[]
		).filter((row) => parents.includes(row.parent));
		if (broken.length) {
			throw new Error(`retention: ${table} still refers to purged rows; add it to the purge`);
		}
	}
}

/**
 * Runs the purge with foreign-key actions off on this connection (the rows they would delete
 * are deleted first, and checked) and with deleted content overwritten in the file. Pragmas
 * are per connection and better-sqlite3 is synchronous: nothing else on this connection runs
 * in between, and both are restored even if the purge fails. Other processes keep theirs.
 */
function withoutCascades(db: Db, work: () => void): void {
	const client = db.$client;
	// Inside a caller's transaction the pragma is ignored: the cascades then run, slower, to
	// the same end (the children are already gone).
	const foreignKeys = client.pragma('foreign_keys', { simple: true }) as number;
	const secureDelete = client.pragma('secure_delete', { simple: true }) as number;
	client.pragma('foreign_keys = OFF');
	client.pragma('secure_delete = ON');
	try {
		work();
	} finally {
		client.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
		client.pragma(`secure_delete = ${['OFF', 'ON', 'FAST'][secureDelete] ?? 'OFF'}`);
	}
}

function auditRecord(done: BatchResult, today: string, policy: RetentionPolicy) {
	if (!done.removed.accounts) return null;
	return {
		actor: { kind: 'system' as const, id: 'retention' },
		action: 'retention.purged',
		subject: 'accounts',
		details: {
			day: today,
			daysAfterAppointment: policy.daysAfterAppointment,
			daysInactive: policy.daysInactive,
			afterAppointment: done.purged.after_appointment,
			inactive: done.purged.inactive,
			...done.removed
		}
	};
}

/** The report as lines of counts, for the CLI and the server's log (no ids, no names). */
export function describeReport(report: RetentionReport): string[] {
	const pairs = (values: Record<string, number>) =>
		Object.entries(values)
			.map(([k, n]) => `${k}=${n}`)
			.join(' ');
	return [
		`retention ${report.today}${report.dryRun ? ' (dry run, nothing deleted)' : ''}: accounts=${report.accounts} purged ${pairs(report.purged)}`,
		`kept ${pairs(report.kept)}`,
		`${report.dryRun ? 'would remove' : 'removed'} ${pairs(report.removed)}`
	];
}
