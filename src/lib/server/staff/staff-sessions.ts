/**
 * Staff sessions: revocable rows in SQLite. They end after 30 minutes without use (a screen
 * left open at a port or a shelter) and 12 hours after sign-in whatever happens. Pages warn
 * two minutes before the idle end (WCAG 2.2.1) and one tap keeps the session.
 */
import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { Db } from '../db';
import { staffSession } from '../db/schema';
import { hashToken, newToken } from '../auth/tokens';

export const staffIdleMs = 30 * 60_000;
export const staffAbsoluteMs = 12 * 60 * 60_000;
/** Use is written at most this often, so reading pages stays free of writes. */
const touchEveryMs = 60_000;

export function startStaffSession(db: Db, staffUserId: number, now: number): string {
	const token = newToken();
	db.insert(staffSession)
		.values({
			id: hashToken(token),
			staffUserId,
			createdAt: now,
			lastSeenAt: now,
			expiresAt: now + staffAbsoluteMs
		})
		.run();
	return token;
}

export type StaffSessionLookup = { staffUserId: number; idleEndsAt: number } | null;

export function findStaffSession(db: Db, token: string, now: number): StaffSessionLookup {
	const id = hashToken(token);
	const row = db
		.select()
		.from(staffSession)
		.where(
			and(
				eq(staffSession.id, id),
				gt(staffSession.expiresAt, now),
				gt(staffSession.lastSeenAt, now - staffIdleMs)
			)
		)
		.get();
	if (!row) return null;
	let lastSeenAt = row.lastSeenAt;
	if (now - row.lastSeenAt >= touchEveryMs) {
		db.update(staffSession).set({ lastSeenAt: now }).where(eq(staffSession.id, id)).run();
		lastSeenAt = now;
	}
	return {
		staffUserId: row.staffUserId,
		idleEndsAt: Math.min(lastSeenAt + staffIdleMs, row.expiresAt)
	};
}

export function endStaffSession(db: Db, token: string): void {
	db.delete(staffSession)
		.where(eq(staffSession.id, hashToken(token)))
		.run();
}

/** Every session of one person: on deactivation and on a password reset. */
export function endAllStaffSessions(db: Db, staffUserId: number): void {
	db.delete(staffSession).where(eq(staffSession.staffUserId, staffUserId)).run();
}

export function deleteExpiredStaffSessions(db: Db, now: number): void {
	db.delete(staffSession)
		.where(or(lt(staffSession.expiresAt, now), lt(staffSession.lastSeenAt, now - staffIdleMs)))
		.run();
}
