import { describe, expect, it } from 'vitest';
import { acceptTotp, newTotpSecret, totpCodeAt, totpUri } from './totp';

const secret = newTotpSecret();
const now = Date.UTC(2026, 10, 25, 12, 0, 10);

describe('one-time codes', () => {
	it('accepts the current code, and the next or previous step for clock drift', () => {
		const step = Math.floor(now / 30_000);
		expect(acceptTotp(secret, totpCodeAt(secret, now), now, null)).toBe(step);
		expect(acceptTotp(secret, totpCodeAt(secret, now - 30_000), now, null)).toBe(step - 1);
		expect(acceptTotp(secret, totpCodeAt(secret, now + 30_000), now, null)).toBe(step + 1);
		expect(acceptTotp(secret, totpCodeAt(secret, now - 90_000), now, null)).toBeNull();
	});

	it('accepts a code only once', () => {
		const step = acceptTotp(secret, totpCodeAt(secret, now), now, null);
		expect(acceptTotp(secret, totpCodeAt(secret, now), now, step)).toBeNull();
	});

	it('refuses what is not six digits, and another secret', () => {
		expect(acceptTotp(secret, 'abcdef', now, null)).toBeNull();
		expect(acceptTotp(secret, '12345', now, null)).toBeNull();
		expect(acceptTotp(newTotpSecret(), totpCodeAt(secret, now), now, null)).toBeNull();
		const spaced = totpCodeAt(secret, now).replace(/(\d{3})/, '$1 ');
		expect(acceptTotp(secret, spaced, now, null)).not.toBeNull();
	});

	it('gives an otpauth URI for authenticator apps', () => {
		expect(totpUri(secret, 'ana@shelter.org')).toMatch(
			/^otpauth:\/\/totp\/Turno:ana%40shelter\.org\?issuer=Turno&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/
		);
	});
});
