/**
 * Staff passwords: argon2id at a higher cost than applicant PINs (64 MiB, 3 passes, the
 * OWASP first choice): there are few staff sign-ins, and a staff account opens many records.
 * The rule is length only (NIST SP 800-63B): 12 characters or more, up to 200.
 */
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

const options = { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 1 } as const;

export const minPasswordLength = 12;
export const maxPasswordLength = 200;

export function hashPassword(password: string): Promise<string> {
	return argon2.hash(password, options);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
	try {
		return await argon2.verify(hash, password);
	} catch {
		return false;
	}
}

let decoy: Promise<string> | undefined;
/** Verified against for an unknown email, so both answers take the same time. */
export function decoyPasswordHash(): Promise<string> {
	decoy ??= argon2.hash('decoy-password', options);
	return decoy;
}

/** A password to give once (first admin, a reset): 20 characters, about 118 bits. */
export function randomPassword(): string {
	const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
	const bytes = randomBytes(40);
	let out = '';
	for (const b of bytes) {
		if (b < 57 * 4) out += alphabet[b % 57];
		if (out.length === 20) break;
	}
	return out.length === 20 ? out : randomPassword();
}
