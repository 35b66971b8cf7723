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

export function startApplicantSession(db: Db, accountId: number, now: number): string {
	const token = newToken();
	db.insert(applicantSession)
		.values({
			id: hashToken(token),
			accountId,
			createdAt: now,
			lastSeenAt: now,
			expiresAt: now + applicantSessionMs
		})
		.run();
	return token;
}

export type SessionLookup = { accountId: number; renewed: boolean } | null;

export function findApplicantSession(db: Db, token: string, now: number): SessionLookup {
	const id = hashToken(token);
	const row = db
		.select()
		.from(applicantSession)
		.where(and(eq(applicantSession.id, id), gt(applicantSession.expiresAt, now)))
		.get();
	if (!row) return null;
	if (now - row.lastSeenAt < renewEveryMs) return { accountId: row.accountId, renewed: false };
	db.update(applicantSession)
		.set({ lastSeenAt: now, expiresAt: now + applicantSessionMs })
		.where(eq(applicantSession.id, id))
		.run();
	return { accountId: row.accountId, renewed: true };
}

export function endApplicantSession(db: Db, token: string): void {
	db.delete(applicantSession)
		.where(eq(applicantSession.id, hashToken(token)))
		.run();
}

export function deleteExpiredSessions(db: Db, now: number): void {
	db.delete(applicantSession).where(lt(applicantSession.expiresAt, now)).run();
}
