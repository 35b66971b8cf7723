/**
 * Staff accounts and organisations. Every change is written to the audit log in the same
 * transaction, with the acting staff member as actor.
 */
import { count, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organisation, staffUser, type StaffRole } from '../db/schema';
import { appendAudit, type Actor } from '../audit/audit-log';
import { changeWithAudit } from '../audit/audited-change';
import { endAllStaffSessions } from './staff-sessions';
import { hashPassword, randomPassword } from './passwords';

export type StaffMember = typeof staffUser.$inferSelect;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function findStaffByEmail(db: Db, email: string): StaffMember | undefined {
	return db
		.select()
		.from(staffUser)
		.where(eq(staffUser.email, normaliseEmail(email)))
		.get();
}

export function findStaff(db: Db, id: number): StaffMember | undefined {
	return db.select().from(staffUser).where(eq(staffUser.id, id)).get();
}

/** Everyone, or the members of one organisation. */
export function listStaff(db: Db, organisationId?: number) {
	return db
		.select({
			id: staffUser.id,
			name: staffUser.name,
			email: staffUser.email,
			role: staffUser.role,
			active: staffUser.active,
			twoFactor: staffUser.totpSecret,
			organisation: organisation.name
		})
		.from(staffUser)
		.innerJoin(organisation, eq(organisation.id, staffUser.organisationId))
		.where(organisationId === undefined ? undefined : eq(staffUser.organisationId, organisationId))
		.orderBy(staffUser.name)
		.all()
		.map(({ twoFactor, ...rest }) => ({ ...rest, twoFactor: twoFactor !== null }));
}

export function createOrganisation(
	db: Db,
	input: { name: string; kind: (typeof organisation.$inferInsert)['kind']; portId?: string | null },
	actor: Actor,
	now: number
): number {
	return db.$client
		.transaction(() => {
			const { id } = db
				.insert(organisation)
				.values({ ...input, createdAt: now })
				.returning({ id: organisation.id })
				.get();
			appendAudit(
				db,
				{
					actor,
					action: 'organisation.created',
					subject: `organisation:${id}`,
					details: { kind: input.kind }
				},
				now
			);
			return id;
		})
		.immediate();
}

export type Organisation = typeof organisation.$inferSelect;

export function findOrganisation(db: Db, id: number): Organisation | undefined {
	return db.select().from(organisation).where(eq(organisation.id, id)).get();
}

/**
 * An administrator's change to an organisation: its name, and for a port's organisation the
 * port its officers work at. The kind stays: kiosks and caseworkers hang on it. Officers of a
 * port organisation moved to another port see that port from their next page.
 */
export function changeOrganisation(
	db: Db,
	id: number,
	change: { name: string; portId: string | null },
	actor: Actor,
	now: number
): 'changed' | 'unchanged' | 'not-found' {
	return changeWithAudit(
		db,
		now,
		() => {
			const before = findOrganisation(db, id);
			if (!before) return { outcome: 'not-found' as const };
			const after = { name: change.name, portId: before.kind === 'port' ? change.portId : null };
			if (after.name === before.name && after.portId === before.portId)
				return { outcome: 'unchanged' as const };
			db.update(organisation).set(after).where(eq(organisation.id, id)).run();
			return { outcome: 'changed' as const, before, after };
		},
		(r) =>
			r.outcome === 'changed'
				? {
						actor,
						action: 'organisation.changed',
						subject: `organisation:${id}`,
						details: {
							before: { name: r.before.name, portId: r.before.portId },
							after: r.after
						}
					}
				: null
	).outcome;
}

export type StaffChange = { name: string; role: StaffRole; organisationId: number };

/**
 * An administrator's change to a member of staff. Role and organisation are read again at
 * every request (hooks.server.ts), so a change applies from the person's next page. The audit
 * entry names what changed, with the role and organisation before and after (not the name).
 */
export function changeStaff(
	db: Db,
	id: number,
	change: StaffChange,
	actor: Actor,
	now: number
): 'changed' | 'unchanged' | 'not-found' {
	return changeWithAudit(
		db,
		now,
		() => {
			const before = findStaff(db, id);
			if (!before) return { outcome: 'not-found' as const };
			const changed = (['name', 'role', 'organisationId'] as const).filter(
				(field) => before[field] !== change[field]
			);
			if (!changed.length) return { outcome: 'unchanged' as const };
			db.update(staffUser).set(change).where(eq(staffUser.id, id)).run();
			return { outcome: 'changed' as const, before, changed };
		},
		(r) =>
			r.outcome === 'changed'
				? {
						actor,
						action: 'staff.changed',
						subject: `staff:${id}`,
						details: {
							changed: r.changed,
							role: { before: r.before.role, after: change.role },
							organisationId: { before: r.before.organisationId, after: change.organisationId }
						}
					}
				: null
	).outcome;
}

export function listOrganisations(db: Db) {
	return db.select().from(organisation).orderBy(organisation.name).all();
}

export type NewStaff = { organisationId: number; email: string; name: string; role: StaffRole };

/** Creates a member of staff with a one-time password, to be changed at first sign-in. */
export async function createStaff(
	db: Db,
	input: NewStaff,
	actor: Actor,
	now: number
): Promise<{ id: number; password: string } | 'email-taken'> {
	const password = randomPassword();
	const passwordHash = await hashPassword(password);
	return db.$client
		.transaction(() => {
			if (findStaffByEmail(db, input.email)) return 'email-taken' as const;
			const { id } = db
				.insert(staffUser)
				.values({
					...input,
					email: normaliseEmail(input.email),
					passwordHash,
					mustChangePassword: true,
					active: true,
					createdAt: now
				})
				.returning({ id: staffUser.id })
				.get();
			appendAudit(
				db,
				{
					actor,
					action: 'staff.created',
					subject: `staff:${id}`,
					details: { role: input.role, organisationId: input.organisationId }
				},
				now
			);
			return { id, password };
		})
		.immediate();
}

/**
 * An admin's reset, for a forgotten password or a lost phone: a new one-time password,
 * two-step sign-in off (the person turns it on again), every session ended.
 */
export async function resetStaffPassword(
	db: Db,
	staffId: number,
	actor: Actor,
	now: number
): Promise<string | null> {
	const password = randomPassword();
	const passwordHash = await hashPassword(password);
	return db.$client
		.transaction(() => {
			const changed = db
				.update(staffUser)
				.set({ passwordHash, mustChangePassword: true, totpSecret: null, totpLastStep: null })
				.where(eq(staffUser.id, staffId))
				.run().changes;
			if (!changed) return null;
			endAllStaffSessions(db, staffId);
			appendAudit(db, { actor, action: 'staff.password_reset', subject: `staff:${staffId}` }, now);
			return password;
		})
		.immediate();
}

/** The person's own new password. */
export async function changeOwnPassword(
	db: Db,
	staffId: number,
	password: string,
	now: number
): Promise<void> {
	const passwordHash = await hashPassword(password);
	db.$client
		.transaction(() => {
			db.update(staffUser)
				.set({ passwordHash, mustChangePassword: false })
				.where(eq(staffUser.id, staffId))
				.run();
			appendAudit(
				db,
				{
					actor: { kind: 'staff', id: staffId },
					action: 'staff.password_changed',
					subject: `staff:${staffId}`
				},
				now
			);
		})
		.immediate();
}

export function setStaffActive(
	db: Db,
	staffId: number,
	active: boolean,
	actor: Actor,
	now: number
): void {
	db.$client
		.transaction(() => {
			db.update(staffUser).set({ active }).where(eq(staffUser.id, staffId)).run();
			if (!active) endAllStaffSessions(db, staffId);
			appendAudit(
				db,
				{
					actor,
					action: active ? 'staff.activated' : 'staff.deactivated',
					subject: `staff:${staffId}`
				},
				now
			);
		})
		.immediate();
}

export function enableTotp(db: Db, staffId: number, secret: string, step: number, now: number) {
	db.$client
		.transaction(() => {
			db.update(staffUser)
				.set({ totpSecret: secret, totpLastStep: step })
				.where(eq(staffUser.id, staffId))
				.run();
			appendAudit(
				db,
				{
					actor: { kind: 'staff', id: staffId },
					action: 'staff.two_factor_on',
					subject: `staff:${staffId}`
				},
				now
			);
		})
		.immediate();
}

export function staffCount(db: Db): number {
	return db.select({ n: count() }).from(staffUser).get()?.n ?? 0;
}

/**
 * On a first start (no staff at all), an administrator with a random password, printed once
 * by the caller. Never a fixed default password.
 */
export async function createFirstAdmin(
	db: Db,
	email: string,
	now: number
): Promise<{ email: string; password: string } | null> {
	if (staffCount(db) > 0) return null;
	const password = randomPassword();
	const passwordHash = await hashPassword(password);
	return db.$client
		.transaction(() => {
			if (staffCount(db) > 0) return null; // another process got there first
			const org = db
				.insert(organisation)
				.values({ name: 'Turno', kind: 'government', createdAt: now })
				.returning({ id: organisation.id })
				.get();
			const { id } = db
				.insert(staffUser)
				.values({
					organisationId: org.id,
					email: normaliseEmail(email),
					name: 'Administrator',
					role: 'admin',
					passwordHash,
					mustChangePassword: true,
					active: true,
					createdAt: now
				})
				.returning({ id: staffUser.id })
				.get();
			appendAudit(
				db,
				{
					actor: { kind: 'system', id: 'first-start' },
					action: 'staff.created',
					subject: `staff:${id}`,
					details: { role: 'admin' }
				},
				now
			);
			return { email: normaliseEmail(email), password };
		})
		.immediate();
}
