/**
 * Sign-in with booking code and PIN. Failures are counted per booking code and per network
 * address; a wrong code and a wrong PIN look the same from outside.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { account } from '../db/schema';
import { normaliseBookingCode } from '../booking/booking-code';
import { decoyHash, verifyPin } from './pin-hash';
import { blockedUntil, clearFailures, recordFailure } from './rate-limit';
import { signInPerAddress, signInPerCode } from './rate-limit-policy';
import { hashToken } from './tokens';

export type SignInResult =
	| { ok: true; accountId: number }
	| { ok: false; reason: 'wrong' }
	| { ok: false; reason: 'blocked'; until: number };

export async function signInWithCode(
	db: Db,
	input: { code: string; pin: string; address: string },
	now: number
): Promise<SignInResult> {
	const code = normaliseBookingCode(input.code);
	const codeKey = `sign-in:code:${hashToken(code ?? input.code.toUpperCase())}`;
	const addressKey = `sign-in:address:${hashToken(input.address)}`;
	const until = Math.max(blockedUntil(db, codeKey, now), blockedUntil(db, addressKey, now));
	if (until) return { ok: false, reason: 'blocked', until };

	// The attempt counts before the PIN is checked: guesses sent all at once cannot slip past
	// the limit while the (slow) hash is being verified. A right PIN then clears the count.
	recordFailure(db, codeKey, signInPerCode, now);
	const row = code
		? db
				.select({ id: account.id, pinHash: account.pinHash })
				.from(account)
				.where(eq(account.bookingCode, code))
				.get()
		: undefined;
	const pinMatches = await verifyPin(row?.pinHash ?? (await decoyHash()), input.pin);
	if (row && pinMatches) {
		clearFailures(db, codeKey);
		return { ok: true, accountId: row.id };
	}
	const codeBlock = blockedUntil(db, codeKey, now);
	const addressBlock = recordFailure(db, addressKey, signInPerAddress, now);
	const blocked = Math.max(codeBlock, addressBlock);
	return blocked
		? { ok: false, reason: 'blocked', until: blocked }
		: { ok: false, reason: 'wrong' };
}
