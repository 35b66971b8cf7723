/** The offer or appointment as the status page shows it, in the person's language. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { port } from '../db/schema';
import { currentOffer } from '../allocation/offers';
import { instructionsFor } from '../ports/port-admin';
import { formatInstantDate, formatInstantTime, formatIsoDate } from '$lib/format';

export type OfferView = {
	status: 'offered' | 'confirmed';
	portName: string;
	address: string;
	/** What the port asks people to know, in their language (empty when it has said nothing). */
	instructions: string;
	date: string;
	time: string;
	seats: number;
	confirmByDate: string;
	confirmByTime: string;
	/** Computed here so the page needs no script; null once the deadline has passed. */
	timeLeft: { hours: number; minutes: number } | null;
};

export function offerView(
	db: Db,
	accountId: number,
	locale: string,
	now: number
): OfferView | null {
	const current = currentOffer(db, accountId);
	if (!current || (current.status !== 'offered' && current.status !== 'confirmed')) return null;
	const where = db.select().from(port).where(eq(port.id, current.portId)).get();
	const timeZone = where?.timezone ?? 'UTC';
	const left = current.confirmBy - now;
	return {
		status: current.status,
		portName: where?.name ?? current.portId,
		address: where?.address ?? '',
		instructions: where ? instructionsFor(where, locale) : '',
		date: formatIsoDate(current.date, locale),
		time: current.slotTime,
		seats: current.seats,
		confirmByDate: formatInstantDate(current.confirmBy, locale, timeZone),
		confirmByTime: formatInstantTime(current.confirmBy, locale, timeZone),
		timeLeft:
			left > 0
				? { hours: Math.floor(left / 3_600_000), minutes: Math.floor((left % 3_600_000) / 60_000) }
				: null
	};
}
