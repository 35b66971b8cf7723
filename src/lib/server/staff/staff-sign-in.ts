/**
 * Staff sign-in: email, password and, once set up, a one-time code. Failures are counted per
 * email and per network address before the password is checked; a wrong email, a wrong
 * password and a missing or wrong code (after a right password) are told apart only where
 * telling them apart leaks nothing.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { staffUser } from '../db/schema';
import { blockedUntil, clearFailures, recordFailure } from '../auth/rate-limit';
import { signInPerAddress, staffSignInPerEmail } from '../auth/rate-limit-policy';
import { hashToken } from '../auth/tokens';
import { appendAudit } from '../audit/audit-log';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { acceptTotp } from './totp';
import { findStaffByEmail, normaliseEmail } from './staff-users';

export type StaffSignIn =
	| { ok: true; staffId: number; mustChangePassword: boolean }
	| { ok: false; reason: 'wrong' | 'code-needed' | 'code-wrong' }
	| { ok: false; reason: 'blocked'; until: number };

export async function signInStaff(
	db: Db,
	input: { email: string; password: string; code: string; address: string },
	now: number
): Promise<StaffSignIn> {
	const emailKey = `staff-sign-in:email:${hashToken(normaliseEmail(input.email))}`;
	const addressKey = `sign-in:address:${hashToken(input.address)}`;
	const until = Math.max(blockedUntil(db, emailKey, now), blockedUntil(db, addressKey, now));
	if (until) return { ok: false, reason: 'blocked', until };

	recordFailure(db, emailKey, staffSignInPerEmail, now);
	const user = findStaffByEmail(db, input.email);
	const matches = await verifyPassword(
		user?.passwordHash ?? (await decoyPasswordHash()),
		input.password
	);
	if (!user || !user.active || !matches) {
		recordFailure(db, addressKey, signInPerAddress, now);
		const blocked = blockedUntil(db, emailKey, now);
		return blocked
			? { ok: false, reason: 'blocked', until: blocked }
			: { ok: false, reason: 'wrong' };
	}
	if (user.totpSecret) {
		if (!input.code.trim()) return { ok: false, reason: 'code-needed' };
		const step = acceptTotp(user.totpSecret, input.code, now, user.totpLastStep);
		if (step === null) return { ok: false, reason: 'code-wrong' };
		db.update(staffUser).set({ totpLastStep: step }).where(eq(staffUser.id, user.id)).run();
	}
	clearFailures(db, emailKey);
	appendAudit(
		db,
		{
			actor: { kind: 'staff', id: user.id },
			action: 'staff.signed_in',
			subject: `staff:${user.id}`
		},
		now
	);
	return { ok: true, staffId: user.id, mustChangePassword: user.mustChangePassword };
}
