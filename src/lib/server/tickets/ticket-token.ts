/**
 * Ticket tokens: what the QR code on a ticket carries, signed with Ed25519 (node:crypto) so a
 * port can check it with the public key alone, without a network.
 *
 *   token = "T1." + base64url(JSON payload) + "." + base64url(Ed25519 signature of the first two parts)
 *
 * The payload holds only what check-in needs: the offer, booking code, port, date, time and
 * party size — no names.
 */
import { sign, verify, type KeyObject } from 'node:crypto';

export type TicketPayload = {
	/** Offer id. */
	o: number;
	/** Booking code. */
	c: string;
	/** Port id, date (YYYY-MM-DD), slot time (HH:MM), people. */
	p: string;
	d: string;
	t: string;
	n: number;
};

const prefix = 'T1';

export function signTicket(payload: TicketPayload, privateKey: KeyObject): string {
	const body = `${prefix}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
	const signature = sign(null, Buffer.from(body), privateKey).toString('base64url');
	return `${body}.${signature}`;
}

/** The payload when the token is intact and signed by the key; null for anything else. */
export function verifyTicket(token: string, publicKey: KeyObject): TicketPayload | null {
	const parts = token.trim().split('.');
	if (parts.length !== 3 || parts[0] !== prefix) return null;
	const [, payload, signature] = parts as [string, string, string];
	try {
		const ok = verify(
			null,
			Buffer.from(`${prefix}.${payload}`),
			publicKey,
			Buffer.from(signature, 'base64url')
		);
		if (!ok) return null;
		const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TicketPayload;
		return typeof parsed.o === 'number' && typeof parsed.c === 'string' ? parsed : null;
	} catch {
		return null;
	}
}
