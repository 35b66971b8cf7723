/**
 * The groups an organisation's caseworkers help: those registered by one of them. An
 * administrator sees every group; a caseworker only their own organisation's.
 */
import { and, desc, eq, inArray, like, max, or } from 'drizzle-orm';
import type { Db } from '../db';
import { account, appointmentRequest, person, registrationDraft } from '../db/schema';
import { normaliseBookingCode } from '../booking/booking-code';
import type { StaffContext } from '../staff/require-staff';
import type { RequestStatus } from '$lib/request-status';

export type HelpedGroup = {
	id: number;
	code: string;
	locale: string;
	names: string[];
	status: RequestStatus | null;
};

const scope = (staff: StaffContext) =>
	staff.role === 'admin' ? undefined : eq(account.organisationId, staff.organisationId);

function describe(db: Db, rows: { id: number; code: string; locale: string }[]): HelpedGroup[] {
	if (!rows.length) return [];
	const ids = rows.map((r) => r.id);
	const people = db
		.select({ accountId: person.accountId, name: person.fullName })
		.from(person)
		.where(inArray(person.accountId, ids))
		.orderBy(person.position)
		.all();
	// Each group's latest request, in one query for the whole list.
	const latest = db
		.select({ accountId: appointmentRequest.accountId, status: appointmentRequest.status })
		.from(appointmentRequest)
		.where(
			inArray(
				appointmentRequest.id,
				db
					.select({ id: max(appointmentRequest.id) })
					.from(appointmentRequest)
					.where(inArray(appointmentRequest.accountId, ids))
					.groupBy(appointmentRequest.accountId)
			)
		)
		.all();
	return rows.map((r) => ({
		...r,
		names: people.filter((p) => p.accountId === r.id).map((p) => p.name),
		status: (latest.find((l) => l.accountId === r.id)?.status as RequestStatus | undefined) ?? null
	}));
}

const columns = { id: account.id, code: account.bookingCode, locale: account.locale };

/** The newest groups, or those matching a booking code or part of a name. */
export function helpedGroups(db: Db, staff: StaffContext, search = '', limit = 50): HelpedGroup[] {
	const text = search.trim();
	const code = normaliseBookingCode(text);
	const matching = text
		? or(
				code ? eq(account.bookingCode, code) : undefined,
				inArray(
					account.id,
					db
						.select({ id: person.accountId })
						.from(person)
						.where(like(person.fullName, `%${text.replace(/[%_]/g, '')}%`))
				)
			)
		: undefined;
	const rows = db
		.select(columns)
		.from(account)
		.where(and(eq(account.channel, 'caseworker'), scope(staff), matching))
		.orderBy(desc(account.id))
		.limit(limit)
		.all();
	return describe(db, rows);
}

/** One group, if this member of staff may see it. */
export function helpedGroup(db: Db, staff: StaffContext, accountId: number): HelpedGroup | null {
	const row = db
		.select(columns)
		.from(account)
		.where(and(eq(account.id, accountId), eq(account.channel, 'caseworker'), scope(staff)))
		.get();
	return row ? describe(db, [row])[0]! : null;
}

/** The PIN made at registration, while it is still kept for printing (24 hours at most). */
export function pinToPrint(db: Db, accountId: number): string | null {
	return (
		db
			.select({ pin: registrationDraft.pinOnce })
			.from(registrationDraft)
			.where(eq(registrationDraft.accountId, accountId))
			.get()?.pin ?? null
	);
}
