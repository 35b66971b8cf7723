import { count, eq, type SQL } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { RegistrationAnswers } from '../../registration/flow';
import { verifyPin } from '../auth/pin-hash';
import { account, person, registrationDraft } from '../db/schema';
import { tempDatabase } from '../testing/temp-db';
import {
	completeDraft,
	createDraft,
	deleteDraft,
	draftLifetimeMs,
	findDraft,
	pinDisplayMs,
	purgeDrafts,
	saveAnswers
} from './registration-drafts';

const { db, remove } = tempDatabase();
afterAll(() => remove());

const now = Date.UTC(2025, 5, 15, 16, 0);
const hour = 60 * 60_000;
const day = 24 * hour;
const details = { locale: 'es', channel: 'self' } as const;

const ana = { fullName: "Ixchel K'iche'", dateOfBirth: '1990-03-07', nationality: 'GT' };
const luis = { fullName: 'Luis Pérez', dateOfBirth: '2015-08-01', nationality: 'MX' };
const rosa = { fullName: 'Жанна Петрова', dateOfBirth: '1960-01-20', nationality: 'XX' };

const completeAnswers: RegistrationAnswers = {
	groupSize: 3,
	people: [ana, luis, rosa],
	phone: '+526641234567',
	usAddress: { line1: '100 N Stanton St', line2: '', city: 'El Paso', state: 'TX', zip: '79901' }
};

function completedDraftReady(answers: RegistrationAnswers = completeAnswers) {
	const { token, draft } = createDraft(db, now);
	saveAnswers(db, draft.id, answers, now);
	return { token, draftId: draft.id };
}

function accountCount(where?: SQL): number {
	return db.select({ n: count() }).from(account).where(where).get()!.n;
}

function peopleOf(accountId: number): number {
	return db.select({ n: count() }).from(person).where(eq(person.accountId, accountId)).get()!.n;
}

describe('createDraft and findDraft', () => {
	it('find the draft by its cookie token', () => {
		const { token, draft } = createDraft(db, now);
		expect(draft).toEqual({
			id: draft.id,
			answers: {},
			accountId: null,
			pinOnce: null,
			assistedBy: null
		});
		expect(findDraft(db, token)).toEqual(draft);
	});

	it('never store the token itself', () => {
		const { token, draft } = createDraft(db, now);
		expect(draft.id).not.toBe(token);
		expect(db.select().from(registrationDraft).where(eq(registrationDraft.id, token)).get()).toBe(
			undefined
		);
		expect(findDraft(db, draft.id)).toBeNull();
	});

	it('find nothing for an unknown token', () => {
		expect(findDraft(db, 'not-a-token')).toBeNull();
		expect(findDraft(db, '')).toBeNull();
	});

	it('give every draft its own token', () => {
		const a = createDraft(db, now);
		const b = createDraft(db, now);
		expect(a.token).not.toBe(b.token);
		expect(a.draft.id).not.toBe(b.draft.id);
	});
});

describe('saveAnswers', () => {
	it('keeps the answers for the next visit', () => {
		const { token, draft } = createDraft(db, now);
		saveAnswers(db, draft.id, { groupSize: 2, people: [ana] }, now + 1_000);
		expect(findDraft(db, token)?.answers).toEqual({ groupSize: 2, people: [ana] });
		saveAnswers(db, draft.id, { groupSize: 2, people: [ana, luis] }, now + 2_000);
		expect(findDraft(db, token)?.answers).toEqual({ groupSize: 2, people: [ana, luis] });
	});

	it('keeps "no phone" distinct from "not asked yet"', () => {
		const { token, draft } = createDraft(db, now);
		saveAnswers(db, draft.id, { groupSize: 1, people: [ana], phone: null }, now);
		const answers = findDraft(db, token)?.answers;
		expect(answers).toHaveProperty('phone', null);
		expect(answers).not.toHaveProperty('usAddress');
	});
});

describe('completeDraft', () => {
	it('makes no account from an incomplete draft', async () => {
		const before = accountCount();
		const { token, draftId } = completedDraftReady({ ...completeAnswers, usAddress: undefined });
		expect(await completeDraft(db, draftId, details, now)).toBeNull();
		expect(accountCount()).toBe(before);
		expect(findDraft(db, token)).toMatchObject({ accountId: null, pinOnce: null });
	});

	it('makes no account from an empty or unknown draft', async () => {
		const before = accountCount();
		const { draft } = createDraft(db, now);
		expect(await completeDraft(db, draft.id, details, now)).toBeNull();
		expect(await completeDraft(db, 'no-such-draft', details, now)).toBeNull();
		expect(accountCount()).toBe(before);
	});

	it('turns a complete draft into one account with a booking code, its people and a PIN', async () => {
		const before = accountCount();
		const { token, draftId } = completedDraftReady();
		const result = await completeDraft(db, draftId, details, now);
		expect(result).toEqual({ accountId: expect.any(Number), created: true });
		const accountId = result!.accountId;
		expect(accountCount()).toBe(before + 1);

		const row = db.select().from(account).where(eq(account.id, accountId)).get()!;
		expect(row.bookingCode).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
		expect(row).toMatchObject({
			locale: 'es',
			channel: 'self',
			phone: '+526641234567',
			usAddress: completeAnswers.usAddress,
			createdAt: now
		});

		const people = db
			.select()
			.from(person)
			.where(eq(person.accountId, accountId))
			.orderBy(person.position)
			.all();
		expect(people.map((p) => p.position)).toEqual([1, 2, 3]);
		expect(
			people.map(({ fullName, dateOfBirth, nationality }) => ({
				fullName,
				dateOfBirth,
				nationality
			}))
		).toEqual([ana, luis, rosa]);

		const draft = findDraft(db, token)!;
		expect(draft.accountId).toBe(accountId);
		expect(draft.pinOnce).toMatch(/^\d{6}$/);
		expect(row.pinHash).not.toContain(draft.pinOnce!);
		expect(await verifyPin(row.pinHash, draft.pinOnce!)).toBe(true);
	});

	it('stores no phone and no address when the group gave none', async () => {
		const { draftId } = completedDraftReady({
			groupSize: 1,
			people: [ana],
			phone: null,
			usAddress: null
		});
		const result = await completeDraft(db, draftId, { locale: 'en', channel: 'kiosk' }, now);
		const row = db.select().from(account).where(eq(account.id, result!.accountId)).get()!;
		expect(row).toMatchObject({ phone: null, usAddress: null, channel: 'kiosk' });
		expect(peopleOf(row.id)).toBe(1);
	});

	it('makes the account once when submitted twice', async () => {
		const before = accountCount();
		const { token, draftId } = completedDraftReady();
		const first = await completeDraft(db, draftId, details, now);
		const pin = findDraft(db, token)?.pinOnce;
		const second = await completeDraft(db, draftId, details, now + 5_000);
		expect(first).toEqual({ accountId: expect.any(Number), created: true });
		expect(second).toEqual({ accountId: first!.accountId, created: false });
		expect(accountCount()).toBe(before + 1);
		expect(peopleOf(first!.accountId)).toBe(3);
		// The PIN shown first is still the one that opens the account.
		expect(findDraft(db, token)?.pinOnce).toBe(pin);
	});

	it('makes the account once when submitted twice at the same moment', async () => {
		const before = accountCount();
		const { token, draftId } = completedDraftReady();
		const results = await Promise.all([
			completeDraft(db, draftId, details, now),
			completeDraft(db, draftId, details, now)
		]);
		expect(results.map((r) => r?.accountId)).toEqual([
			results[0]!.accountId,
			results[0]!.accountId
		]);
		expect(results.map((r) => r?.created).sort()).toEqual([false, true]);
		expect(accountCount()).toBe(before + 1);
		expect(peopleOf(results[0]!.accountId)).toBe(3);

		const row = db.select().from(account).where(eq(account.id, results[0]!.accountId)).get()!;
		expect(await verifyPin(row.pinHash, findDraft(db, token)!.pinOnce!)).toBe(true);
	});

	it('gives each account its own booking code', async () => {
		const codes = new Set<string>();
		for (let i = 0; i < 3; i++) {
			const { draftId } = completedDraftReady();
			const result = await completeDraft(db, draftId, details, now);
			codes.add(
				db.select().from(account).where(eq(account.id, result!.accountId)).get()!.bookingCode
			);
		}
		expect(codes.size).toBe(3);
	});

	it('ignores answers saved after the account was made', async () => {
		const { token, draftId } = completedDraftReady();
		const result = await completeDraft(db, draftId, details, now);
		const before = findDraft(db, token);
		saveAnswers(
			db,
			draftId,
			{ groupSize: 1, people: [luis], phone: null, usAddress: null },
			now + 1
		);
		expect(findDraft(db, token)).toEqual(before);
		expect(findDraft(db, token)?.answers).toEqual(completeAnswers);
		expect(peopleOf(result!.accountId)).toBe(3);
	});
});

describe('deleteDraft', () => {
	it('removes the draft and its PIN but not the account', async () => {
		const { token, draftId } = completedDraftReady();
		const result = await completeDraft(db, draftId, details, now);
		deleteDraft(db, draftId);
		expect(findDraft(db, token)).toBeNull();
		expect(accountCount(eq(account.id, result!.accountId))).toBe(1);
	});
});

describe('purgeDrafts', () => {
	it('removes drafts left for more than 30 days and keeps newer ones', () => {
		expect(draftLifetimeMs).toBe(30 * day);
		const later = now + 100 * day;
		const old = createDraft(db, later - 31 * day);
		const recent = createDraft(db, later - 29 * day);
		const touched = createDraft(db, later - 40 * day);
		saveAnswers(db, touched.draft.id, { groupSize: 1 }, later - 2 * day);
		purgeDrafts(db, later);
		expect(findDraft(db, old.token)).toBeNull();
		expect(findDraft(db, recent.token)).not.toBeNull();
		expect(findDraft(db, touched.token)?.answers).toEqual({ groupSize: 1 });
	});

	it('forgets a shown PIN after 24 hours but keeps the draft', async () => {
		expect(pinDisplayMs).toBe(day);
		const later = now + 200 * day;
		const stale = completedDraftReady();
		const staleAccount = await completeDraft(db, stale.draftId, details, later - 25 * hour);
		const fresh = completedDraftReady();
		await completeDraft(db, fresh.draftId, details, later - 23 * hour);

		purgeDrafts(db, later);

		const staleDraft = findDraft(db, stale.token);
		expect(staleDraft).toEqual({
			id: stale.draftId,
			answers: completeAnswers,
			accountId: staleAccount!.accountId,
			pinOnce: null,
			assistedBy: null
		});
		expect(findDraft(db, fresh.token)?.pinOnce).toMatch(/^\d{6}$/);
		expect(accountCount(eq(account.id, staleAccount!.accountId))).toBe(1);
	});
});
