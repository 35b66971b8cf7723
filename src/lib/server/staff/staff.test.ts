import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import { verifyAuditLog, recentAudit } from '../audit/audit-log';
import {
	createFirstAdmin,
	changeOrganisation,
	changeStaff,
	createOrganisation,
	createStaff,
	enableTotp,
	findOrganisation,
	findStaff,
	resetStaffPassword,
	setStaffActive
} from './staff-users';
import { signInStaff } from './staff-sign-in';
import {
	findStaffSession,
	startStaffSession,
	staffAbsoluteMs,
	staffIdleMs
} from './staff-sessions';
import { changeOwnPassword } from './staff-users';
import { newTotpSecret, totpCodeAt } from './totp';

const temp = tempDatabase();
afterAll(() => temp.remove());
const db = temp.db;
const t0 = Date.UTC(2026, 10, 25, 9);
const address = '203.0.113.9';

describe('staff accounts', () => {
	let admin: { email: string; password: string };

	it('makes one first administrator with a random password, once', async () => {
		const first = await createFirstAdmin(db, 'Admin@Example.org', t0);
		expect(first?.email).toBe('admin@example.org');
		expect(first?.password).toMatch(/^[A-Za-z2-9]{20}$/);
		expect(await createFirstAdmin(db, 'other@example.org', t0)).toBeNull();
		admin = first!;
	});

	it('signs in with the printed password, which must then be changed', async () => {
		const result = await signInStaff(db, { ...admin, code: '', address }, t0);
		expect(result).toMatchObject({ ok: true, mustChangePassword: true });
		expect(await signInStaff(db, { ...admin, password: 'wrong', code: '', address }, t0)).toEqual({
			ok: false,
			reason: 'wrong'
		});
	});

	it('creates staff with a one-time password and refuses a second account for an email', async () => {
		const actor = { kind: 'staff' as const, id: 1 };
		const made = await createStaff(
			db,
			{ organisationId: 1, email: 'case@shelter.org', name: 'Case Worker', role: 'caseworker' },
			actor,
			t0
		);
		expect(made).toMatchObject({ id: 2 });
		expect(
			await createStaff(
				db,
				{ organisationId: 1, email: ' CASE@shelter.org', name: 'X', role: 'admin' },
				actor,
				t0
			)
		).toBe('email-taken');
		const { password } = made as { password: string };
		await changeOwnPassword(db, 2, 'a long enough passphrase', t0);
		expect(findStaff(db, 2)?.mustChangePassword).toBe(false);
		expect(
			await signInStaff(db, { email: 'case@shelter.org', password, code: '', address }, t0)
		).toMatchObject({ ok: false });
	});

	it('asks for the one-time code once two-step sign-in is on, and takes each code once', async () => {
		const secret = newTotpSecret();
		enableTotp(db, 2, secret, 0, t0);
		const input = { email: 'case@shelter.org', password: 'a long enough passphrase', address };
		expect(await signInStaff(db, { ...input, code: '' }, t0)).toEqual({
			ok: false,
			reason: 'code-needed'
		});
		const code = totpCodeAt(secret, t0);
		expect(await signInStaff(db, { ...input, code }, t0)).toMatchObject({ ok: true });
		expect(await signInStaff(db, { ...input, code }, t0 + 1_000)).toEqual({
			ok: false,
			reason: 'code-wrong'
		});
	});

	it('slows down repeated wrong passwords for an email', async () => {
		const input = { email: 'nobody@example.org', password: 'x', code: '', address: '198.51.100.1' };
		for (let i = 0; i < 4; i++)
			expect(await signInStaff(db, input, t0)).toMatchObject({ reason: 'wrong' });
		expect(await signInStaff(db, input, t0)).toMatchObject({ reason: 'blocked' });
	});

	it('ends every session on a reset and on deactivation, and refuses a deactivated account', async () => {
		const actor = { kind: 'staff' as const, id: 1 };
		const token = startStaffSession(db, 2, t0);
		expect(findStaffSession(db, token, t0 + 1_000)?.staffUserId).toBe(2);
		expect(findStaff(db, 2)?.totpSecret).not.toBeNull();
		const password = await resetStaffPassword(db, 2, actor, t0);
		expect(findStaffSession(db, token, t0 + 2_000)).toBeNull();
		// A lost phone is the other reason for a reset: two-step sign-in is turned on again later.
		expect(findStaff(db, 2)).toMatchObject({ mustChangePassword: true, totpSecret: null });
		setStaffActive(db, 2, false, actor, t0);
		expect(
			await signInStaff(
				db,
				{ email: 'case@shelter.org', password: password!, code: '', address },
				t0
			)
		).toMatchObject({ ok: false, reason: 'wrong' });
	});

	it('changes a member of staff’s name, role and organisation, auditing what changed but not the name', () => {
		const actor = { kind: 'staff' as const, id: 1 };
		const port = createOrganisation(
			db,
			{ name: 'Laredo port officers', kind: 'port', portId: 'laredo' },
			actor,
			t0
		);
		const change = { name: 'Casey Worker', role: 'officer' as const, organisationId: port };
		expect(changeStaff(db, 2, change, actor, t0)).toBe('changed');
		expect(findStaff(db, 2)).toMatchObject(change);
		const entry = recentAudit(db, 1)[0]!;
		expect(entry).toMatchObject({ action: 'staff.changed', subject: 'staff:2' });
		expect(entry.details).toEqual({
			changed: ['name', 'role', 'organisationId'],
			role: { before: 'caseworker', after: 'officer' },
			organisationId: { before: 1, after: port }
		});
		expect(JSON.stringify(entry.details)).not.toContain('Casey');
		// The same values again change nothing and write nothing.
		expect(changeStaff(db, 2, change, actor, t0)).toBe('unchanged');
		expect(recentAudit(db, 1)[0]!.id).toBe(entry.id);
		expect(changeStaff(db, 999, change, actor, t0)).toBe('not-found');
	});

	it('renames an organisation and moves a port organisation to another port; a shelter has no port', () => {
		const actor = { kind: 'staff' as const, id: 1 };
		const port = findOrganisation(db, 2)!;
		expect(port.kind).toBe('port');
		expect(
			changeOrganisation(db, port.id, { name: 'Hidalgo officers', portId: 'hidalgo' }, actor, t0)
		).toBe('changed');
		expect(findOrganisation(db, port.id)).toMatchObject({
			name: 'Hidalgo officers',
			portId: 'hidalgo'
		});
		expect(recentAudit(db, 1)[0]!.details).toEqual({
			before: { name: 'Laredo port officers', portId: 'laredo' },
			after: { name: 'Hidalgo officers', portId: 'hidalgo' }
		});
		const shelter = createOrganisation(db, { name: 'Casa', kind: 'ngo' }, actor, t0);
		expect(changeOrganisation(db, shelter, { name: 'Casa', portId: 'laredo' }, actor, t0)).toBe(
			'unchanged'
		);
		expect(findOrganisation(db, shelter)?.portId).toBeNull();
		expect(changeOrganisation(db, 999, { name: 'X', portId: null }, actor, t0)).toBe('not-found');
	});

	it('records every change in an intact audit log', () => {
		const actions = recentAudit(db, 50).map((e) => e.action);
		for (const action of [
			'staff.created',
			'staff.signed_in',
			'staff.password_changed',
			'staff.two_factor_on',
			'staff.password_reset',
			'staff.deactivated',
			'staff.changed',
			'organisation.changed'
		]) {
			expect(actions).toContain(action);
		}
		expect(verifyAuditLog(db)).toBeNull();
	});
});

describe('staff sessions', () => {
	it('end after 30 idle minutes, and after 12 hours however busy', () => {
		const token = startStaffSession(db, 1, t0);
		expect(findStaffSession(db, token, t0 + staffIdleMs - 1)).not.toBeNull();
		const idle = startStaffSession(db, 1, t0);
		expect(findStaffSession(db, idle, t0 + staffIdleMs + 1)).toBeNull();
		let now = t0;
		while (now + 20 * 60_000 < t0 + staffAbsoluteMs) {
			now += 20 * 60_000;
			expect(findStaffSession(db, token, now)).not.toBeNull();
		}
		expect(findStaffSession(db, token, t0 + staffAbsoluteMs + 1)).toBeNull();
	});

	it('report when the idle end comes, for the warning', () => {
		const token = startStaffSession(db, 1, t0);
		expect(findStaffSession(db, token, t0 + 120_000)?.idleEndsAt).toBe(t0 + 120_000 + staffIdleMs);
	});
});
