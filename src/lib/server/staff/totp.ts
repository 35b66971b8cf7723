/**
 * The optional second factor: time-based one-time codes (RFC 6238, 30 s, 6 digits) with the
 * `otpauth` package. A code is accepted one step early or late (clock drift) and only once.
 */
import { Secret, TOTP } from 'otpauth';

function totp(secret: string, label = 'staff'): TOTP {
	return new TOTP({
		issuer: 'Turno',
		label,
		algorithm: 'SHA1',
		digits: 6,
		period: 30,
		secret: Secret.fromBase32(secret)
	});
}

export function newTotpSecret(): string {
	return new Secret({ size: 20 }).base32;
}

/** The URI an authenticator app reads from a QR code. */
export function totpUri(secret: string, email: string): string {
	return totp(secret, email).toString();
}

/**
 * The time step of a valid code, or null. `lastStep`: the step last accepted for this user,
 * so the same code (or an older one) cannot be replayed.
 */
export function acceptTotp(
	secret: string,
	code: string,
	now: number,
	lastStep: number | null
): number | null {
	const token = code.replace(/\s/g, '');
	if (!/^\d{6}$/.test(token)) return null;
	const delta = totp(secret).validate({ token, timestamp: now, window: 1 });
	if (delta === null) return null;
	const step = Math.floor(now / 30_000) + delta;
	return lastStep !== null && step <= lastStep ? null : step;
}

/** For tests and for showing a code while setting up: the code of a moment. */
export function totpCodeAt(secret: string, now: number): string {
	return totp(secret).generate({ timestamp: now });
}
