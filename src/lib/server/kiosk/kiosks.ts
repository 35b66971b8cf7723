/**
 * Shelter kiosks: enrolled by an administrator with a one-time code typed on the device,
 * which then holds a long-lived device token tied to the organisation. Codes and tokens are
 * stored only as SHA-256; a revoked kiosk's token opens nothing.
 */
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { randomInt } from 'node:crypto';
import type { Db } from '../db';
import { kiosk, organisation } from '../db/schema';
import { hashToken, newToken } from '../auth/tokens';
import { appendAudit, type Actor } from '../audit/audit-log';

const codeAlphabet = '34679ACDEFGHJKMNPQRTWXY';
const enrolmentMs = 30 * 60_000;

/** Typed in any case, with or without spaces or dashes. */
export const normaliseEnrolmentCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export function createKioskEnrolment(
	db: Db,
	input: { organisationId: number; name: string },
	actor: Actor & { kind: 'staff' },
	now: number
): { id: number; code: string } {
	let code = '';
	for (let i = 0; i < 8; i++) code += codeAlphabet[randomInt(codeAlphabet.length)];
	return db.$client
		.transaction(() => {
			const { id } = db
				.insert(kiosk)
				.values({
					...input,
					enrolmentCodeHash: hashToken(code),
					enrolmentExpiresAt: now + enrolmentMs,
					createdBy: actor.id,
					createdAt: now
				})
				.returning({ id: kiosk.id })
				.get();
			appendAudit(db, { actor, action: 'kiosk.enrolment_made', subject: `kiosk:${id}` }, now);
			return { id, code: `${code.slice(0, 4)}-${code.slice(4)}` };
		})
		.immediate();
}

/** The device token for a valid code (used once), or null. */
export function enrolKiosk(db: Db, code: string, now: number): string | null {
	const token = newToken();
	return db.$client
		.transaction(() => {
			const row = db
				.select({ id: kiosk.id })
				.from(kiosk)
				.where(
					and(
						eq(kiosk.enrolmentCodeHash, hashToken(normaliseEnrolmentCode(code))),
						gt(kiosk.enrolmentExpiresAt, now),
						isNull(kiosk.revokedAt)
					)
				)
				.get();
			if (!row) return null;
			db.update(kiosk)
				.set({
					tokenHash: hashToken(token),
					enrolledAt: now,
					enrolmentCodeHash: null,
					enrolmentExpiresAt: null
				})
				.where(eq(kiosk.id, row.id))
				.run();
			appendAudit(
				db,
				{
					actor: { kind: 'kiosk', id: row.id },
					action: 'kiosk.enrolled',
					subject: `kiosk:${row.id}`
				},
				now
			);
			return token;
		})
		.immediate();
}

export type KioskDevice = { id: number; organisationId: number; name: string };

export function findKiosk(db: Db, token: string): KioskDevice | null {
	return (
		db
			.select({ id: kiosk.id, organisationId: kiosk.organisationId, name: kiosk.name })
			.from(kiosk)
			.where(and(eq(kiosk.tokenHash, hashToken(token)), isNull(kiosk.revokedAt)))
			.get() ?? null
	);
}

export function revokeKiosk(db: Db, id: number, actor: Actor, now: number): void {
	db.$client
		.transaction(() => {
			db.update(kiosk).set({ revokedAt: now }).where(eq(kiosk.id, id)).run();
			appendAudit(db, { actor, action: 'kiosk.revoked', subject: `kiosk:${id}` }, now);
		})
		.immediate();
}

export function listKiosks(db: Db) {
	return db
		.select({
			id: kiosk.id,
			name: kiosk.name,
			organisation: organisation.name,
			enrolledAt: kiosk.enrolledAt,
			revokedAt: kiosk.revokedAt
		})
		.from(kiosk)
		.innerJoin(organisation, eq(organisation.id, kiosk.organisationId))
		.orderBy(desc(kiosk.id))
		.all();
}
