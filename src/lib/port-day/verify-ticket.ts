/**
 * Checking a ticket's signature on the officer's device, with the published public key and
 * the browser's own Ed25519 (Web Crypto): no network needed. The server checks again when
 * the check-in is recorded. The token format is in src/lib/server/tickets/ticket-token.ts.
 */
export type TicketFields = { o: number; c: string; p: string; d: string; t: string; n: number };
export type LocalVerdict =
	| { verdict: 'genuine'; ticket: TicketFields }
	| { verdict: 'not_genuine' }
	/** This browser cannot check Ed25519: the server decides. */
	| { verdict: 'unknown' };

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> => {
	const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

export const looksLikeTicket = (text: string) => text.trim().startsWith('T1.');

export async function verifyTicketHere(token: string, spkiBase64: string): Promise<LocalVerdict> {
	const parts = token.trim().split('.');
	if (parts.length !== 3 || parts[0] !== 'T1') return { verdict: 'not_genuine' };
	let key: CryptoKey;
	try {
		key = await crypto.subtle.importKey(
			'spki',
			Uint8Array.from(atob(spkiBase64), (c) => c.charCodeAt(0)),
			{ name: 'Ed25519' },
			false,
			['verify']
		);
	} catch {
		return { verdict: 'unknown' };
	}
	try {
		const ok = await crypto.subtle.verify(
			{ name: 'Ed25519' },
			key,
			fromBase64Url(parts[2]!),
			new TextEncoder().encode(`${parts[0]}.${parts[1]}`)
		);
		if (!ok) return { verdict: 'not_genuine' };
		const ticket = JSON.parse(new TextDecoder().decode(fromBase64Url(parts[1]!))) as TicketFields;
		return { verdict: 'genuine', ticket };
	} catch {
		return { verdict: 'not_genuine' };
	}
}
