/**
 * Appointment requests: one active per account, made exactly once per submitted form.
 */
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { appointmentRequest, person, type RequestStatus } from '../db/schema';
import { releaseOfferOf } from '../allocation/offers';

export const activeStatuses: RequestStatus[] = ['pooled', 'offered', 'confirmed'];

export type AppointmentRequest = typeof appointmentRequest.$inferSelect;

/** The newest request of the account, active or not. */
export function latestRequest(db: Db, accountId: number): AppointmentRequest | undefined {
	return db
		.select()
		.from(appointmentRequest)
		.where(eq(appointmentRequest.accountId, accountId))
		.orderBy(desc(appointmentRequest.id))
		.limit(1)
		.get();
}

export function activeRequest(db: Db, accountId: number): AppointmentRequest | undefined {
	return db
		.select()
		.from(appointmentRequest)
		.where(
			and(
				eq(appointmentRequest.accountId, accountId),
				inArray(appointmentRequest.status, activeStatuses)
			)
		)
		.get();
}

export function partySize(db: Db, accountId: number): number {
	return (
		db.select({ n: count() }).from(person).where(eq(person.accountId, accountId)).get()?.n ?? 0
	);
}

export type SubmitOutcome = {
	outcome: 'created' | 'resent' | 'already_active';
	request: AppointmentRequest;
};

/**
 * Puts the request in the pool. The same submission key (a resent form) finds the request it
 * made; a second active request is never created, whatever the key.
 */
export function submitRequest(
	db: Db,
	input: { accountId: number; portIds: string[]; earliestDate: string; submissionKey: string },
	now: number
): SubmitOutcome {
	// Keys are per account: another account's key (sent by hand) never finds its request.
	const submissionKey = `${input.accountId}:${input.submissionKey}`;
	return db.transaction((tx) => {
		const resent = tx
			.select()
			.from(appointmentRequest)
			.where(eq(appointmentRequest.submissionKey, submissionKey))
			.get();
		if (resent) return { outcome: 'resent', request: resent };
		const active = activeRequest(tx as unknown as Db, input.accountId);
		if (active) return { outcome: 'already_active', request: active };
		const request = tx
			.insert(appointmentRequest)
			.values({
				accountId: input.accountId,
				status: 'pooled',
				partySize: partySize(tx as unknown as Db, input.accountId),
				portIds: input.portIds,
				earliestDate: input.earliestDate,
				waitingSince: now,
				submissionKey,
				createdAt: now,
				updatedAt: now
			})
			.returning()
			.get();
		return { outcome: 'created', request };
	});
}

/**
 * Cancels the account's active request, and frees its offer or appointment for the next run;
 * returns false when there was nothing to cancel.
 */
export function cancelActiveRequest(db: Db, accountId: number, now: number): boolean {
	return db.transaction((tx) => {
		const active = activeRequest(tx as unknown as Db, accountId);
		if (!active) return false;
		tx.update(appointmentRequest)
			.set({ status: 'cancelled', updatedAt: now })
			.where(eq(appointmentRequest.id, active.id))
			.run();
		releaseOfferOf(tx as unknown as Db, active.id, now);
		return true;
	});
}
