/**
 * Registration answers saved on the server at every step, keyed by a cookie token, so a
 * reload, a server restart or a return days later resumes where the person stopped.
 */
import { and, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import { enqueue } from '../jobs/queue';
import { registrationCheck } from '../jobs/worker';
import type { Db } from '../db';
import { account, person, registrationDraft } from '../db/schema';
import { isComplete, type RegistrationAnswers } from '../../registration/flow';
import { hashToken, newToken } from '../auth/tokens';
import { kioskVisitIdleMs } from '../auth/applicant-sessions';
import { hashPin } from '../auth/pin-hash';
import { generateBookingCode, generatePin } from './booking-code';

export const draftLifetimeMs = 30 * 24 * 60 * 60_000;
/** A new PIN is shown again on reload for this long, then only its hash remains. */
export const pinDisplayMs = 24 * 60 * 60_000;

export type Draft = {
	id: string;
	answers: RegistrationAnswers;
	accountId: number | null;
	pinOnce: string | null;
	/** The caseworker filling it in for the group, or null. */
	assistedBy: number | null;
};

export function findDraft(db: Db, token: string, now = Date.now()): Draft | null {
	const row = db
		.select()
		.from(registrationDraft)
		.where(eq(registrationDraft.id, hashToken(token)))
		.get();
	if (!row) return null;
	// On a kiosk, an answer left untouched this long belongs to someone who walked away.
	if (row.kioskId && !row.accountId && now - row.updatedAt > kioskVisitIdleMs) return null;
	return {
		id: row.id,
		answers: row.data as RegistrationAnswers,
		accountId: row.accountId,
		pinOnce: row.pinOnce,
		assistedBy: row.assistedBy
	};
}

export function createDraft(
	db: Db,
	now: number,
	/** A caseworker registering a group that has agreed to it. */
	assisted?: { staffId: number; consentAt: number },
	kioskId: number | null = null
): { token: string; draft: Draft } {
	const token = newToken();
	const id = hashToken(token);
	db.insert(registrationDraft)
		.values({
			id,
			data: {},
			assistedBy: assisted?.staffId ?? null,
			consentAt: assisted?.consentAt ?? null,
			kioskId,
			createdAt: now,
			updatedAt: now
		})
		.run();
	const draft = {
		id,
		answers: {},
		accountId: null,
		pinOnce: null,
		assistedBy: assisted?.staffId ?? null
	};
	return { token, draft };
}

/** Saves the answers unless the draft already became an account (a late resend changes nothing). */
export function saveAnswers(
	db: Db,
	draftId: string,
	answers: RegistrationAnswers,
	now: number
): void {
	db.update(registrationDraft)
		.set({ data: answers, updatedAt: now })
		.where(and(eq(registrationDraft.id, draftId), isNull(registrationDraft.accountId)))
		.run();
}

export type NewAccount = { accountId: number; created: boolean };

/**
 * Turns a complete draft into an account with its people, exactly once: a second submit
 * of the same draft (double tap, resend after a timeout) returns the account made first.
 */
export async function completeDraft(
	db: Db,
	draftId: string,
	details: {
		locale: string;
		channel: 'self' | 'kiosk' | 'caseworker';
		organisationId?: number;
		kioskId?: number;
		/** The registering network, as a keyed hash (fraud/network.ts). */
		networkHash?: string | null;
		/** The group's own browser, as a keyed hash (fraud/browser.ts); not a kiosk's or staff's. */
		browserHash?: string | null;
	},
	now: number
): Promise<NewAccount | null> {
	const pin = generatePin();
	const pinHash = await hashPin(pin);
	return db.transaction((tx) => {
		const row = tx.select().from(registrationDraft).where(eq(registrationDraft.id, draftId)).get();
		if (!row) return null;
		if (row.accountId) return { accountId: row.accountId, created: false };
		const answers = row.data as RegistrationAnswers;
		if (!isComplete(answers)) return null;
		const accountId = insertAccountWithFreshCode(tx as unknown as Db, {
			pinHash,
			locale: details.locale,
			channel: details.channel,
			phone: answers.phone ?? null,
			usAddress: answers.usAddress ?? null,
			organisationId: details.organisationId ?? null,
			kioskId: details.kioskId ?? null,
			networkHash: details.networkHash ?? null,
			browserHash: details.browserHash ?? null,
			consentAt: row.consentAt,
			createdAt: now
		});
		(answers.people ?? []).forEach((p, i) => {
			tx.insert(person)
				.values({
					accountId,
					position: i + 1,
					fullName: p.fullName!,
					dateOfBirth: p.dateOfBirth!,
					nationality: p.nationality!
				})
				.run();
		});
		// Checked by the integrity analytics as it arrives, after this transaction (the outbox;
		// `db` is the same connection, so the job is written inside this transaction).
		enqueue(db, registrationCheck, { accountId }, now);
		tx.update(registrationDraft)
			.set({ accountId, pinOnce: pin, updatedAt: now })
			.where(eq(registrationDraft.id, draftId))
			.run();
		return { accountId, created: true };
	});
}

function insertAccountWithFreshCode(
	db: Db,
	values: Omit<typeof account.$inferInsert, 'bookingCode'>
): number {
	for (;;) {
		const bookingCode = generateBookingCode();
		const taken = db
			.select({ id: account.id })
			.from(account)
			.where(eq(account.bookingCode, bookingCode))
			.get();
		if (taken) continue;
		return db
			.insert(account)
			.values({ ...values, bookingCode })
			.returning({ id: account.id })
			.get().id;
	}
}

/** The person has saved their code and PIN: the draft and its PIN go. */
export function deleteDraft(db: Db, draftId: string): void {
	db.delete(registrationDraft).where(eq(registrationDraft.id, draftId)).run();
}

/** Drops drafts left for a month, and shown PINs after a day. */
export function purgeDrafts(db: Db, now: number): void {
	db.delete(registrationDraft)
		.where(lt(registrationDraft.updatedAt, now - draftLifetimeMs))
		.run();
	db.update(registrationDraft)
		.set({ pinOnce: null })
		.where(
			and(isNotNull(registrationDraft.pinOnce), lt(registrationDraft.updatedAt, now - pinDisplayMs))
		)
		.run();
}
