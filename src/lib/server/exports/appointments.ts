/**
 * The appointments of one port over a range of days, as CSV for the port's own lists: who is
 * expected when, and who came. Only confirmed offers are appointments.
 */
import { and, asc, between, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { account, appointmentRequest, offer, person, port } from '../db/schema';
import { toCsv } from './csv';

export type AppointmentsQuery = {
	portId: string;
	/** ISO dates, YYYY-MM-DD, both included. */
	from: string;
	to: string;
};

export const appointmentsHeader = [
	'date',
	'time',
	'port',
	'booking_code',
	'party_size',
	'names',
	'status',
	'checked_in_at'
];

/**
 * One row per confirmed appointment at the port between the two dates, ordered by date, time
 * and booking code. Status is `confirmed` until the port marks it `arrived` or `no_show`; the
 * check-in time is filled only for a group that arrived.
 */
export function appointmentsCsv(db: Db, query: AppointmentsQuery): { csv: string; rows: number } {
	const appointments = db
		.select({
			date: offer.date,
			time: offer.slotTime,
			port: port.name,
			bookingCode: account.bookingCode,
			accountId: account.id,
			partySize: offer.seats,
			attendance: offer.attendance,
			attendanceAt: offer.attendanceAt
		})
		.from(offer)
		.innerJoin(port, eq(port.id, offer.portId))
		.innerJoin(appointmentRequest, eq(appointmentRequest.id, offer.requestId))
		.innerJoin(account, eq(account.id, appointmentRequest.accountId))
		.where(
			and(
				eq(offer.portId, query.portId),
				eq(offer.status, 'confirmed'),
				between(offer.date, query.from, query.to)
			)
		)
		.orderBy(asc(offer.date), asc(offer.slotTime), asc(account.bookingCode))
		.all();
	const names = namesByAccount(
		db,
		appointments.map((a) => a.accountId)
	);
	const rows = appointments.map((a) => [
		a.date,
		a.time,
		a.port,
		a.bookingCode,
		a.partySize,
		(names.get(a.accountId) ?? []).join('; '),
		a.attendance ?? 'confirmed',
		a.attendance === 'arrived' && a.attendanceAt !== null
			? new Date(a.attendanceAt).toISOString()
			: ''
	]);
	return { csv: toCsv(appointmentsHeader, rows), rows: rows.length };
}

/** Every member's name per account, in the order they were entered (one query, not one each). */
function namesByAccount(db: Db, accountIds: number[]): Map<number, string[]> {
	const out = new Map<number, string[]>();
	// SQLite takes at most 32,766 parameters; a port's year of appointments stays far below,
	// but the lookup is cut in pieces so it never depends on that.
	for (let i = 0; i < accountIds.length; i += 10_000) {
		const members = db
			.select({ accountId: person.accountId, fullName: person.fullName })
			.from(person)
			.where(inArray(person.accountId, accountIds.slice(i, i + 10_000)))
			.orderBy(asc(person.accountId), asc(person.position))
			.all();
		for (const m of members) out.set(m.accountId, [...(out.get(m.accountId) ?? []), m.fullName]);
	}
	return out;
}
