/**
 * The review queue of integrity flags. A flag is a pattern the analytics found; it is never a
 * denial by itself: an officer or administrator reads the evidence and the records it links,
 * and decides — no concern, an interview at the port, or (for one person with several
 * accounts) a confirmed duplicate, which merges the accounts. Every decision is audited.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db';
import {
	account,
	appointmentRequest,
	flag,
	organisation,
	person,
	staffUser,
	type FlagKind,
	type FlagStatus,
	type RequestStatus,
	type UsAddress
} from '../db/schema';
import type { Evidence } from '../../fraud/types';
import { appendAudit, type Actor } from '../audit/audit-log';
import { changeWithAudit } from '../audit/audited-change';
import { releaseOfferOf } from '../allocation/offers';
import { activeStatuses } from '../booking/requests';
import { validateReview, type ReviewDecision } from '../../schemas/review';
import type { FieldErrors } from '../../schemas/result';

export type FlagSummary = {
	id: number;
	kind: FlagKind;
	score: number;
	status: FlagStatus;
	accounts: number;
	people: number;
	createdAt: number;
	updatedAt: number;
};

const summaryColumns = {
	id: flag.id,
	kind: flag.kind,
	score: flag.score,
	status: flag.status,
	accounts: sql<number>`coalesce(json_array_length(${flag.subjects}, '$.accountIds'), 0)`,
	people: sql<number>`coalesce(json_array_length(${flag.subjects}, '$.personIds'), 0)`,
	createdAt: flag.createdAt,
	updatedAt: flag.updatedAt
};

/** The flags with this status, strongest first, then the newest. */
export function listFlags(
	db: Db,
	{ status = 'open', limit = 200 }: { status?: FlagStatus; limit?: number } = {}
): FlagSummary[] {
	return db
		.select(summaryColumns)
		.from(flag)
		.where(eq(flag.status, status))
		.orderBy(desc(flag.score), desc(flag.createdAt), desc(flag.id))
		.limit(limit)
		.all();
}

export type LinkedPerson = {
	id: number;
	fullName: string;
	dateOfBirth: string;
	nationality: string;
	/** One of the people the flag is about (`subjects.personIds`). */
	inFlag: boolean;
};

export type LinkedAccount = {
	id: number;
	bookingCode: string;
	channel: 'self' | 'kiosk' | 'caseworker';
	organisation: string | null;
	createdAt: number;
	phone: string | null;
	usAddress: UsAddress | null;
	/** The booking code of the account this one was merged into, after a review. */
	mergedInto: string | null;
	people: LinkedPerson[];
	latestRequest: {
		status: RequestStatus;
		portIds: string[];
		waitingSince: number;
	} | null;
};

export type FlagDetail = {
	flag: FlagSummary & {
		reviewedBy: string | null;
		reviewedAt: number | null;
		note: string | null;
	};
	evidence: Evidence;
	accounts: LinkedAccount[];
};

/** At most this many accounts' records are drawn on one flag's page (a busy address). */
export const maxLinkedAccounts = 500;

/** The flag, its evidence and the records it links; undefined when there is no such flag. */
export function flagDetail(db: Db, id: number): FlagDetail | undefined {
	const row = db
		.select({
			...summaryColumns,
			subjects: flag.subjects,
			evidence: flag.evidence,
			reviewedBy: staffUser.name,
			reviewedAt: flag.reviewedAt,
			note: flag.note
		})
		.from(flag)
		.leftJoin(staffUser, eq(staffUser.id, flag.reviewedBy))
		.where(eq(flag.id, id))
		.get();
	if (!row) return undefined;
	const { subjects, evidence, ...summary } = row;
	const accountIds = [...new Set(subjects.accountIds)].slice(0, maxLinkedAccounts);
	return {
		flag: summary,
		evidence: evidence as Evidence,
		accounts: linkedAccounts(db, accountIds, new Set(subjects.personIds))
	};
}

function linkedAccounts(db: Db, ids: number[], flagged: Set<number>): LinkedAccount[] {
	if (!ids.length) return [];
	const rows = db
		.select({
			id: account.id,
			bookingCode: account.bookingCode,
			channel: account.channel,
			organisation: organisation.name,
			createdAt: account.createdAt,
			phone: account.phone,
			usAddress: account.usAddress,
			mergedInto: account.mergedInto
		})
		.from(account)
		.leftJoin(organisation, eq(organisation.id, account.organisationId))
		.where(inArray(account.id, ids))
		.orderBy(asc(account.createdAt), asc(account.id))
		.all();
	const people = db
		.select()
		.from(person)
		.where(inArray(person.accountId, ids))
		.orderBy(asc(person.accountId), asc(person.position))
		.all();
	const requests = db
		.select({
			accountId: appointmentRequest.accountId,
			status: appointmentRequest.status,
			portIds: appointmentRequest.portIds,
			waitingSince: appointmentRequest.waitingSince
		})
		.from(appointmentRequest)
		.where(inArray(appointmentRequest.accountId, ids))
		.orderBy(desc(appointmentRequest.id))
		.all();
	const mergedIds = rows.flatMap((r) => (r.mergedInto === null ? [] : [r.mergedInto]));
	const codes = new Map(
		mergedIds.length
			? db
					.select({ id: account.id, code: account.bookingCode })
					.from(account)
					.where(inArray(account.id, mergedIds))
					.all()
					.map((a) => [a.id, a.code])
			: []
	);
	return rows.map((r) => {
		const latest = requests.find((q) => q.accountId === r.id);
		return {
			...r,
			mergedInto: r.mergedInto === null ? null : (codes.get(r.mergedInto) ?? null),
			people: people
				.filter((p) => p.accountId === r.id)
				.map((p) => ({
					id: p.id,
					fullName: p.fullName,
					dateOfBirth: p.dateOfBirth,
					nationality: p.nationality,
					inFlag: flagged.has(p.id)
				})),
			latestRequest: latest
				? { status: latest.status, portIds: latest.portIds, waitingSince: latest.waitingSince }
				: null
		};
	});
}

export type DecideOutcome =
	| {
			ok: true;
			decision: ReviewDecision;
			kind: FlagKind;
			survivor: number | null;
			merged: number[];
	  }
	| { ok: false; problem: 'not_found' }
	| { ok: false; problem: 'invalid'; errors: FieldErrors };

/**
 * Records the reviewer's decision (a decided flag may be decided again: each decision is
 * audited). The note stays on the flag; the audit entry holds the decision and the kind only.
 * "Duplicate" merges the flag's accounts into one, in the same transaction.
 */
export function decideFlag(
	db: Db,
	id: number,
	decision: string,
	note: string,
	actor: Actor,
	now: number
): DecideOutcome {
	return changeWithAudit(
		db,
		now,
		(): DecideOutcome => {
			const found = db.select().from(flag).where(eq(flag.id, id)).get();
			if (!found) return { ok: false, problem: 'not_found' };
			const checked = validateReview({ decision, note }, found.kind);
			if (!checked.ok) return { ok: false, problem: 'invalid', errors: checked.errors };
			db.update(flag)
				.set({
					status: checked.value.decision,
					note: checked.value.note,
					reviewedBy: actor.kind === 'staff' ? actor.id : null,
					reviewedAt: now,
					updatedAt: now
				})
				.where(eq(flag.id, id))
				.run();
			const merge =
				checked.value.decision === 'duplicate'
					? mergeAccounts(db, found.subjects.accountIds, id, actor, now)
					: { survivor: null, merged: [] };
			return { ok: true, decision: checked.value.decision, kind: found.kind, ...merge };
		},
		(outcome) =>
			outcome.ok
				? {
						actor,
						action: 'flag.decided',
						subject: `flag:${id}`,
						details: { decision: outcome.decision, kind: outcome.kind }
					}
				: null
	);
}

/**
 * One person, several accounts: the survivor is the account waiting longest (its active
 * request's waiting time is the earliest), or the first registered when none is waiting. The
 * others are marked as merged into it and their active requests cancelled (offers released);
 * the survivor keeps the earliest waiting time of them all. Accounts merged before stay as
 * they are. Runs inside the caller's transaction.
 */
function mergeAccounts(
	db: Db,
	accountIds: number[],
	flagId: number,
	actor: Actor,
	now: number
): { survivor: number | null; merged: number[] } {
	const ids = [...new Set(accountIds)];
	if (ids.length < 2) return { survivor: ids[0] ?? null, merged: [] };
	const candidates = db
		.select({ id: account.id, createdAt: account.createdAt })
		.from(account)
		.where(and(inArray(account.id, ids), isNull(account.mergedInto)))
		.orderBy(asc(account.createdAt), asc(account.id))
		.all();
	if (candidates.length < 2) return { survivor: candidates[0]?.id ?? null, merged: [] };
	const active = db
		.select({
			id: appointmentRequest.id,
			accountId: appointmentRequest.accountId,
			waitingSince: appointmentRequest.waitingSince
		})
		.from(appointmentRequest)
		.where(
			and(
				inArray(
					appointmentRequest.accountId,
					candidates.map((c) => c.id)
				),
				inArray(appointmentRequest.status, activeStatuses)
			)
		)
		.orderBy(asc(appointmentRequest.waitingSince), asc(appointmentRequest.id))
		.all();
	const survivor = active[0]?.accountId ?? candidates[0]!.id;
	const merged = candidates.filter((c) => c.id !== survivor).map((c) => c.id);
	for (const accountId of merged) {
		db.update(account).set({ mergedInto: survivor }).where(eq(account.id, accountId)).run();
		for (const request of active.filter((r) => r.accountId === accountId)) {
			db.update(appointmentRequest)
				.set({ status: 'cancelled', updatedAt: now })
				.where(eq(appointmentRequest.id, request.id))
				.run();
			releaseOfferOf(db, request.id, now);
		}
		appendAudit(
			db,
			{
				actor,
				action: 'account.merged',
				subject: `account:${accountId}`,
				details: { into: survivor, flag: flagId }
			},
			now
		);
	}
	// A merge keeps the earliest waiting time.
	const kept = active.find((r) => r.accountId === survivor);
	const earliest = active[0]?.waitingSince;
	if (kept && earliest !== undefined && earliest < kept.waitingSince) {
		db.update(appointmentRequest)
			.set({ waitingSince: earliest, updatedAt: now })
			.where(eq(appointmentRequest.id, kept.id))
			.run();
	}
	return { survivor, merged };
}

/** Of these accounts, those in a flag decided "interview at the port" (one query). */
export function accountsToInterview(db: Db, accountIds: readonly number[]): Set<number> {
	if (!accountIds.length) return new Set();
	const rows = db.all<{ id: number }>(sql`
		select distinct j.value as id
		from ${flag}, json_each(${flag.subjects}, '$.accountIds') j
		where ${flag.status} = 'interview'
		and j.value in (${sql.join(
			accountIds.map((id) => sql`${id}`),
			sql`, `
		)})`);
	return new Set(rows.map((r) => Number(r.id)));
}
