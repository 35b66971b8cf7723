/**
 * Booking codes: 9 characters in three groups (T7K-4QX-9MP), from an alphabet without the
 * characters people confuse when reading aloud or copying by hand (0/O, 1/I/L, U/V, 5/S, 2/Z, 8/B).
 */
import { randomInt } from 'node:crypto';

export const codeAlphabet = '34679ACDEFGHJKMNPQRTWXY';
export const codeLength = 9;

export function generateBookingCode(): string {
	let raw = '';
	for (let i = 0; i < codeLength; i++) raw += codeAlphabet[randomInt(codeAlphabet.length)];
	return formatBookingCode(raw);
}

export function formatBookingCode(raw: string): string {
	return `${raw.slice(0, 3)}-${raw.slice(3, 6)}-${raw.slice(6, 9)}`;
}

/**
 * Reads a code as a person may type it: any case, with spaces or dashes or none.
 * Returns the canonical form, or null when it cannot be a booking code.
 */
export function normaliseBookingCode(input: string): string | null {
	const raw = input.toUpperCase().replace(/[\s\-‐‑–—_.]/g, '');
	if (raw.length !== codeLength) return null;
	for (const ch of raw) if (!codeAlphabet.includes(ch)) return null;
	return formatBookingCode(raw);
}

/** A 6-digit PIN, uniformly random (leading zeros allowed). */
export function generatePin(): string {
	return String(randomInt(1_000_000)).padStart(6, '0');
}
