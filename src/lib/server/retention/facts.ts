/**
 * Reads what the retention rule (rule.ts) needs about each account: a handful of aggregates
 * per table, grouped once over the table rather than looked up account by account (`request`
 * has no index on its account, so a lookup per account would read it whole each time).
 */
import type { Db } from '../db';
import type { AccountFacts } from './rule';

type Row = {
	id: number;
	last_appointment: string | null;
	last_pending: string | null;
	waiting: number | null;
	flagged: number;
	last_activity: number;
};

/**
 * The facts of every account, or only of these accounts (re-read inside the purge's
 * transaction, so a request made a moment ago is seen before anything is deleted).
 */
export function* readAccountFacts(
	db: Db,
	accountIds: readonly number[] | null
): Generator<AccountFacts> {
	const only = (column: string) =>
		accountIds ? `${column} in (select value from json_each(@ids))` : '1';
	const statement = db.$client.prepare(
		`with req as (
				select account_id, max(updated_at) as last_change, max(status = 'pooled') as waiting
				from request where ${only('account_id')} group by account_id
			), appt as (
				select r.account_id, max(o.date) as last_date,
					max(case when o.status in ('offered', 'confirmed') then o.date end) as last_pending
				from offer o join request r on r.id = o.request_id
				where ${only('r.account_id')} group by r.account_id
			), seen as (
				select account_id, max(last_seen_at) as last_seen
				from applicant_session where ${only('account_id')} group by account_id
			), draft as (
				select account_id, max(updated_at) as saved
				from registration_draft where account_id is not null and ${only('account_id')}
				group by account_id
			), flagged as (
				select j.value as account_id
				from flag f, json_each(f.subjects, '$.accountIds') j
				where f.status in ('open', 'interview')
			)
			select a.id,
				appt.last_date as last_appointment,
				appt.last_pending,
				req.waiting,
				a.id in (select account_id from flagged) as flagged,
				max(a.created_at, coalesce(req.last_change, 0), coalesce(rd.updated_at, 0),
					coalesce(seen.last_seen, 0), coalesce(draft.saved, 0)) as last_activity
			from account a
			left join req on req.account_id = a.id
			left join appt on appt.account_id = a.id
			left join seen on seen.account_id = a.id
			left join draft on draft.account_id = a.id
			left join request_draft rd on rd.account_id = a.id
			where ${only('a.id')}
			order by a.id`
	);
	// One row at a time: a million accounts' facts are never held at once.
	const rows = (
		accountIds ? statement.iterate({ ids: JSON.stringify(accountIds) }) : statement.iterate()
	) as IterableIterator<Row>;
	for (const r of rows) {
		yield {
			accountId: r.id,
			lastAppointmentDate: r.last_appointment,
			lastPendingAppointmentDate: r.last_pending,
			waiting: r.waiting === 1,
			flagged: r.flagged === 1,
			lastActivityAt: r.last_activity
		};
	}
}
