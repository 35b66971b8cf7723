/**
 * Checking people in at the port: by the ticket's signed QR token (verified with the public
 * key, as the officer's device already did offline) or by the booking code typed in; and
 * marking a group that did not come. Each is audited with the officer as actor.
 */
import type { KeyObject } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { account, appointmentRequest, offer } from '../db/schema';
import type { Actor } from '../audit/audit-log';
import { changeWithAudit } from '../audit/audited-change';
import { normaliseBookingCode } from '../booking/booking-code';
import { verifyTicket } from '../tickets/ticket-token';

export type CheckInProblem =
	| 'ticket_not_genuine'
	| 'ticket_other_port'
	| 'ticket_other_day'
	| 'code_invalid'
	| 'not_found'
	| 'not_confirmed'
	| 'already_arrived'
	| 'scanned_at_invalid';

export type CheckInOutcome =
	| { ok: true; offerId: number; code: string; partySize: number; time: string }
	| { ok: false; problem: CheckInProblem };

type Place = { portId: string; date: string };
type StaffActor = Actor & { kind: 'staff' };

function findAppointment(db: Db, where: { offerId?: number; code?: string }, place: Place) {
	return db
		.select({
			offerId: offer.id,
			requestId: offer.requestId,
			portId: offer.portId,
			date: offer.date,
			time: offer.slotTime,
			seats: offer.seats,
			status: offer.status,
			attendance: offer.attendance,
			code: account.bookingCode
		})
		.from(offer)
		.innerJoin(appointmentRequest, eq(appointmentRequest.id, offer.requestId))
		.innerJoin(account, eq(account.id, appointmentRequest.accountId))
		.where(
			where.offerId !== undefined
				? eq(offer.id, where.offerId)
				: and(
						eq(account.bookingCode, where.code ?? ''),
						eq(offer.portId, place.portId),
						eq(offer.date, place.date),
						inArray(offer.status, ['confirmed', 'offered', 'cancelled'])
					)
		)
		.get();
}

/**
 * For a ticket checked in on the officer's device without a connection, when it was scanned
 * there (null when it was not: the arrival is now), if that is within the last day and not
 * ahead by more than a device clock's drift. Anything else is refused rather than guessed.
 */
export function arrivalTime(scannedAt: string, now: number): number | null | 'invalid' {
	if (!scannedAt) return null;
	if (!/^\d{1,15}$/.test(scannedAt)) return 'invalid';
	const at = Number(scannedAt);
	return at > now + 5 * 60_000 || at < now - 24 * 60 * 60_000 ? 'invalid' : Math.min(at, now);
}

function markArrived(
	db: Db,
	found: NonNullable<ReturnType<typeof findAppointment>>,
	method: 'qr' | 'code',
	actor: StaffActor,
	now: number,
	scannedAt?: number
): CheckInOutcome {
	if (found.status !== 'confirmed') return { ok: false, problem: 'not_confirmed' };
	if (found.attendance === 'arrived') return { ok: false, problem: 'already_arrived' };
	changeWithAudit(
		db,
		now,
		() => {
			db.update(offer)
				.set({
					attendance: 'arrived',
					attendanceAt: scannedAt ?? now,
					attendanceBy: actor.id,
					updatedAt: now
				})
				.where(eq(offer.id, found.offerId))
				.run();
			db.update(appointmentRequest)
				.set({ status: 'attended', updatedAt: now })
				.where(eq(appointmentRequest.id, found.requestId))
				.run();
		},
		() => ({
			actor,
			action: 'appointment.checked_in',
			subject: `offer:${found.offerId}`,
			details: {
				port: found.portId,
				date: found.date,
				method,
				late: found.attendance === 'no_show',
				// Checked in on the device without a connection, and recorded later.
				...(scannedAt !== undefined ? { offline: true, scannedAt } : {})
			}
		})
	);
	return {
		ok: true,
		offerId: found.offerId,
		code: found.code,
		partySize: found.seats,
		time: found.time
	};
}

/**
 * Checks in by the ticket's token: it must be genuine, for this port and for the day of
 * `place` (today, or the day it was scanned offline at `scannedAt`).
 */
export function checkInByTicket(
	db: Db,
	token: string,
	publicKey: KeyObject,
	place: Place,
	actor: StaffActor,
	now: number,
	scannedAt?: number
): CheckInOutcome {
	const ticket = verifyTicket(token, publicKey);
	if (!ticket) return { ok: false, problem: 'ticket_not_genuine' };
	if (ticket.p !== place.portId) return { ok: false, problem: 'ticket_other_port' };
	if (ticket.d !== place.date) return { ok: false, problem: 'ticket_other_day' };
	const found = findAppointment(db, { offerId: ticket.o }, place);
	// A genuine token whose offer is not this one (a reused number) is not this appointment.
	if (
		!found ||
		found.code !== ticket.c ||
		found.portId !== place.portId ||
		found.date !== place.date
	)
		return { ok: false, problem: 'not_found' };
	return markArrived(db, found, 'qr', actor, now, scannedAt);
}

/** Checks in by the booking code, typed in any case, with or without dashes. */
export function checkInByCode(
	db: Db,
	typed: string,
	place: Place,
	actor: StaffActor,
	now: number
): CheckInOutcome {
	const code = normaliseBookingCode(typed);
	if (!code) return { ok: false, problem: 'code_invalid' };
	const found = findAppointment(db, { code }, place);
	if (!found) return { ok: false, problem: 'not_found' };
	return markArrived(db, found, 'code', actor, now);
}

/** Marks a confirmed appointment of this port and day as not attended. */
export function markNoShow(
	db: Db,
	offerId: number,
	place: Place,
	actor: StaffActor,
	now: number
): CheckInOutcome {
	const found = findAppointment(db, { offerId }, place);
	if (!found || found.portId !== place.portId || found.date !== place.date)
		return { ok: false, problem: 'not_found' };
	if (found.status !== 'confirmed') return { ok: false, problem: 'not_confirmed' };
	if (found.attendance === 'arrived') return { ok: false, problem: 'already_arrived' };
	changeWithAudit(
		db,
		now,
		() => {
			db.update(offer)
				.set({ attendance: 'no_show', attendanceAt: now, attendanceBy: actor.id, updatedAt: now })
				.where(eq(offer.id, found.offerId))
				.run();
			db.update(appointmentRequest)
				.set({ status: 'no_show', updatedAt: now })
				.where(eq(appointmentRequest.id, found.requestId))
				.run();
		},
		() => ({
			actor,
			action: 'appointment.no_show',
			subject: `offer:${found.offerId}`,
			details: { port: found.portId, date: found.date }
		})
	);
	return {
		ok: true,
		offerId: found.offerId,
		code: found.code,
		partySize: found.seats,
		time: found.time
	};
}
