/** The ticket of a confirmed appointment: its signed token and what the page shows. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { person } from '../db/schema';
import { currentOffer } from '../allocation/offers';
import { bookingCodeOf } from '../booking/accounts';
import { signTicket } from './ticket-token';
import type { TicketKeys } from './ticket-keys';

export type Ticket = { token: string; code: string; offerId: number; names: string[] };

export function ticketFor(db: Db, accountId: number, keys: TicketKeys): Ticket | null {
	const appointment = currentOffer(db, accountId);
	if (!appointment || appointment.status !== 'confirmed') return null;
	const code = bookingCodeOf(db, accountId) ?? '';
	const token = signTicket(
		{
			o: appointment.id,
			c: code,
			p: appointment.portId,
			d: appointment.date,
			t: appointment.slotTime,
			n: appointment.seats
		},
		keys.privateKey
	);
	const names = db
		.select({ name: person.fullName })
		.from(person)
		.where(eq(person.accountId, accountId))
		.orderBy(asc(person.position))
		.all()
		.map((p) => p.name);
	return { token, code, offerId: appointment.id, names };
}
