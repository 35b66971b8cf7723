/**
 * Offers after a run: confirm, decline, expire, cancel.
 *
 * The rule for going back to the pool (docs/ARCHITECTURE.md): a declined offer keeps the
 * request's waiting time — declining early hands the seats back at once, and punishing it would
 * push people to accept and not come. An offer left to expire restarts the waiting time: it held
 * seats for a day that others could have used. A caseworker can restore priority with a tier.
 */
import { and, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '../db';
import { appointmentRequest, offer, type OfferStatus } from '../db/schema';

export type OfferRow = typeof offer.$inferSelect;

/** The offer or appointment of the account's active request, if any. */
export function currentOffer(db: Db, accountId: number): OfferRow | undefined {
	return db
		.select({ offer })
		.from(offer)
		.innerJoin(appointmentRequest, eq(appointmentRequest.id, offer.requestId))
		.where(
			and(
				eq(appointmentRequest.accountId, accountId),
				inArray(appointmentRequest.status, ['offered', 'confirmed']),
				inArray(offer.status, ['offered', 'confirmed'])
			)
		)
		.get()?.offer;
}

function setOfferStatus(
	db: Db,
	offerId: number,
	from: OfferStatus,
	to: OfferStatus,
	now: number
): boolean {
	return (
		db
			.update(offer)
			.set({ status: to, updatedAt: now })
			.where(and(eq(offer.id, offerId), eq(offer.status, from)))
			.run().changes === 1
	);
}

/** Confirms before the deadline; after it (or twice) nothing changes and false is returned. */
export function confirmOffer(db: Db, accountId: number, now: number): boolean {
	return db.transaction((tx) => {
		const current = currentOffer(tx as unknown as Db, accountId);
		if (!current || current.status !== 'offered' || current.confirmBy <= now) return false;
		setOfferStatus(tx as unknown as Db, current.id, 'offered', 'confirmed', now);
		tx.update(appointmentRequest)
			.set({ status: 'confirmed', updatedAt: now })
			.where(eq(appointmentRequest.id, current.requestId))
			.run();
		return true;
	});
}

/** Declines: the seats are free for the next run, the request waits on with its waiting time. */
export function declineOffer(db: Db, accountId: number, now: number): boolean {
	return db.transaction((tx) => {
		const current = currentOffer(tx as unknown as Db, accountId);
		if (!current || current.status !== 'offered') return false;
		setOfferStatus(tx as unknown as Db, current.id, 'offered', 'declined', now);
		tx.update(appointmentRequest)
			.set({ status: 'pooled', updatedAt: now })
			.where(eq(appointmentRequest.id, current.requestId))
			.run();
		return true;
	});
}

/** Offers past their deadline expire; their requests go back to the pool, waiting anew. */
export function expireOffers(db: Db, now: number): number {
	return db.transaction((tx) => {
		const late = tx
			.select({ id: offer.id, requestId: offer.requestId })
			.from(offer)
			.where(and(eq(offer.status, 'offered'), lte(offer.confirmBy, now)))
			.all();
		for (const o of late) {
			tx.update(offer).set({ status: 'expired', updatedAt: now }).where(eq(offer.id, o.id)).run();
			tx.update(appointmentRequest)
				.set({ status: 'pooled', waitingSince: now, updatedAt: now })
				.where(
					and(eq(appointmentRequest.id, o.requestId), eq(appointmentRequest.status, 'offered'))
				)
				.run();
		}
		return late.length;
	});
}

/** Cancelling a request also frees its offer or appointment for the next run. */
export function releaseOfferOf(db: Db, requestId: number, now: number): void {
	db.update(offer)
		.set({ status: 'cancelled', updatedAt: now })
		.where(and(eq(offer.requestId, requestId), inArray(offer.status, ['offered', 'confirmed'])))
		.run();
}
