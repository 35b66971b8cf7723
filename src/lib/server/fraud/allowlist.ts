/**
 * Addresses that legitimately house many people — shelters, sponsor organisations — kept by
 * administrators: the shared-address detector never flags them. Stored by normalised key, so
 * any way of writing the address matches.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { addressAllowlist } from '../db/schema';
import type { Actor } from '../audit/audit-log';
import { changeWithAudit } from '../audit/audited-change';

type StaffActor = Actor & { kind: 'staff' };

export function listAllowlist(db: Db) {
	return db.select().from(addressAllowlist).orderBy(asc(addressAllowlist.label)).all();
}

/** Adds an address, or gives one already there its new label. */
export function allowAddress(
	db: Db,
	key: string,
	label: string,
	actor: StaffActor,
	now: number
): void {
	changeWithAudit(
		db,
		now,
		() =>
			db
				.insert(addressAllowlist)
				.values({ addressKey: key, label, addedBy: actor.id, createdAt: now })
				.onConflictDoUpdate({ target: addressAllowlist.addressKey, set: { label } })
				.run(),
		() => ({ actor, action: 'integrity.address_allowed', subject: `address:${key}` })
	);
}

export function disallowAddress(db: Db, key: string, actor: StaffActor, now: number): boolean {
	return changeWithAudit(
		db,
		now,
		() =>
			db.delete(addressAllowlist).where(eq(addressAllowlist.addressKey, key)).run().changes === 1,
		(removed) =>
			removed ? { actor, action: 'integrity.address_disallowed', subject: `address:${key}` } : null
	);
}
