/**
 * A port's day: the appointments confirmed for it, who has arrived and who did not come,
 * and the counts an officer reports at the end of the day.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { account, appointmentRequest, offer, person } from '../db/schema';
import { accountsToInterview } from '../fraud/review';

export type Attendance = 'expected' | 'arrived' | 'no_show';

export type DayAppointment = {
	offerId: number;
	time: string;
	code: string;
	partySize: number;
	names: string[];
	attendance: Attendance;
	/** The group's account is in a flag a reviewer decided should be talked to at the port. */
	interview: boolean;
};

/** Confirmed appointments at the port on the date, by time then booking code. */
export function dayAppointments(db: Db, portId: string, date: string): DayAppointment[] {
	const rows = db
		.select({
			offerId: offer.id,
			time: offer.slotTime,
			code: account.bookingCode,
			accountId: account.id,
			partySize: offer.seats,
			attendance: offer.attendance
		})
		.from(offer)
		.innerJoin(appointmentRequest, eq(appointmentRequest.id, offer.requestId))
		.innerJoin(account, eq(account.id, appointmentRequest.accountId))
		.where(and(eq(offer.portId, portId), eq(offer.date, date), eq(offer.status, 'confirmed')))
		.orderBy(asc(offer.slotTime), asc(account.bookingCode))
		.all();
	const people = rows.length
		? db
				.select({ accountId: person.accountId, name: person.fullName })
				.from(person)
				.where(
					inArray(
						person.accountId,
						rows.map((r) => r.accountId)
					)
				)
				.orderBy(asc(person.accountId), asc(person.position))
				.all()
		: [];
	const interview = accountsToInterview(
		db,
		rows.map((r) => r.accountId)
	);
	return rows.map((r) => ({
		offerId: r.offerId,
		time: r.time,
		code: r.code,
		partySize: r.partySize,
		names: people.filter((p) => p.accountId === r.accountId).map((p) => p.name),
		attendance: r.attendance ?? 'expected',
		interview: interview.has(r.accountId)
	}));
}

/** Folded for matching only: case, accents and apostrophe variants do not matter. */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[’ʼ‘`´]/g, "'")
		.toLowerCase()
		.replace(/[\s-]+/g, ' ')
		.trim();
}

/** The day's appointments whose booking code or a name matches what the officer typed. */
export function searchDay(list: readonly DayAppointment[], query: string): DayAppointment[] {
	const q = foldForSearch(query);
	if (!q) return [...list];
	const compactCode = q.replace(/[\s-]/g, '').toUpperCase();
	return list.filter(
		(a) =>
			(compactCode.length >= 3 && a.code.replace(/-/g, '').includes(compactCode)) ||
			a.names.some((n) => foldForSearch(n).includes(q))
	);
}

export type DaySummary = {
	appointments: number;
	people: number;
	arrived: number;
	arrivedPeople: number;
	noShow: number;
	noShowPeople: number;
	expected: number;
	expectedPeople: number;
};

export function daySummary(list: readonly DayAppointment[]): DaySummary {
	const count = (a: Attendance) => list.filter((x) => x.attendance === a);
	const people = (xs: DayAppointment[]) => xs.reduce((n, x) => n + x.partySize, 0);
	return {
		appointments: list.length,
		people: people([...list]),
		arrived: count('arrived').length,
		arrivedPeople: people(count('arrived')),
		noShow: count('no_show').length,
		noShowPeople: people(count('no_show')),
		expected: count('expected').length,
		expectedPeople: people(count('expected'))
	};
}
