/** Request answers saved at every step, one draft per account. */
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db';
import { requestDraft } from '../db/schema';

export type RequestAnswers = {
	portIds?: string[];
	earliestDate?: string;
	/** The one-time key of the check page's form, so a resend is recognised. */
	submissionKey?: string;
};

export function loadRequestDraft(db: Db, accountId: number): RequestAnswers {
	const row = db.select().from(requestDraft).where(eq(requestDraft.accountId, accountId)).get();
	return (row?.data as RequestAnswers | undefined) ?? {};
}

export function saveRequestDraft(
	db: Db,
	accountId: number,
	answers: RequestAnswers,
	now: number
): void {
	db.insert(requestDraft)
		.values({ accountId, data: answers, updatedAt: now })
		.onConflictDoUpdate({ target: requestDraft.accountId, set: { data: answers, updatedAt: now } })
		.run();
}

/** The key for the check page's form: made once and kept, so every resend carries the same one. */
export function submissionKeyFor(db: Db, accountId: number, now: number): string {
	const answers = loadRequestDraft(db, accountId);
	if (answers.submissionKey) return answers.submissionKey;
	const submissionKey = randomUUID();
	saveRequestDraft(db, accountId, { ...answers, submissionKey }, now);
	return submissionKey;
}

export function deleteRequestDraft(db: Db, accountId: number): void {
	db.delete(requestDraft).where(eq(requestDraft.accountId, accountId)).run();
}
