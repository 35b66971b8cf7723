/**
 * Applicant sessions: 30 days on a personal phone, sliding, so a person who comes back
 * within a month is still signed in. Stored in SQLite and revocable by deleting the row.
 */
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db';
import { applicantSession } from '../db/schema';
import { hashToken, newToken } from './tokens';

export const applicantSessionMs = 30 * 24 * 60 * 60_000;
/** Sliding renewal is written at most this often, to keep reads free of writes. */
const renewEveryMs = 60 * 60_000;

export function startApplicantSession(
	db: Db,
	accountId: number,
	now: number,
	/** A caseworker acting for the group, recorded as the actor of everything done. */
	actingStaffId: number | null = null,
	/** Opened on a kiosk: short-lived, ended with the visit. */
	kioskId: number | null = null
): string {
	const token = newToken();
	db.insert(applicantSession)
		.values({
			id: hashToken(token),
			accountId,
			actingStaffId,
			kioskId,
			createdAt: now,
			lastSeenAt: now,
			expiresAt: now + applicantSessionMs
		})
		.run();
	return token;
}

export type SessionLookup = {
	accountId: number;
	actingStaffId: number | null;
	kioskId: number | null;
	renewed: boolean;
} | null;

/**
 * On a kiosk a visit ends after this long without use even without JavaScript (whose idle
 * countdown ends it sooner): the next person at the screen must not find the last one's.
 */
export const kioskVisitIdleMs = 10 * 60_000;

export function findApplicantSession(db: Db, token: string, now: number): SessionLookup {
	const id = hashToken(token);
	const row = db
		.select()
		.from(applicantSession)
		.where(and(eq(applicantSession.id, id), gt(applicantSession.expiresAt, now)))
		.get();
	if (!row) return null;
	const found = {
		accountId: row.accountId,
		actingStaffId: row.actingStaffId,
		kioskId: row.kioskId
	};
	if (row.kioskId) {
		if (now - row.lastSeenAt > kioskVisitIdleMs) {
			db.delete(applicantSession).where(eq(applicantSession.id, id)).run();
			return null;
		}
		// Kiosk visits are short: their use is written every time, and the cookie stays short.
		db.update(applicantSession).set({ lastSeenAt: now }).where(eq(applicantSession.id, id)).run();
		return { ...found, renewed: false };
	}
	if (now - row.lastSeenAt < renewEveryMs) return { ...found, renewed: false };
	db.update(applicantSession)
		.set({ lastSeenAt: now, expiresAt: now + applicantSessionMs })
		.where(eq(applicantSession.id, id))
		.run();
	return { ...found, renewed: true };
}

export function endApplicantSession(db: Db, token: string): void {
	db.delete(applicantSession)
		.where(eq(applicantSession.id, hashToken(token)))
		.run();
}

export function deleteExpiredSessions(db: Db, now: number): void {
	db.delete(applicantSession).where(lt(applicantSession.expiresAt, now)).run();
}
