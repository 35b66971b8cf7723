import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signTicket, verifyTicket, type TicketPayload } from './ticket-token';
import { loadOrCreateTicketKeys } from './ticket-keys';

const payload: TicketPayload = {
	o: 42,
	c: 'T7K-4QX-9MP',
	p: 'laredo',
	d: '2026-12-03',
	t: '08:00',
	n: 3
};
const { privateKey, publicKey } = generateKeyPairSync('ed25519');

describe('ticket tokens', () => {
	it('verify with the public key alone', () => {
		expect(verifyTicket(signTicket(payload, privateKey), publicKey)).toEqual(payload);
	});

	it('refuse an altered payload', () => {
		const [head, body, signature] = signTicket(payload, privateKey).split('.');
		const changed = Buffer.from(
			Buffer.from(body!, 'base64url').toString().replace('"n":3', '"n":9')
		).toString('base64url');
		expect(verifyTicket(`${head}.${changed}.${signature}`, publicKey)).toBeNull();
	});

	it('refuse another key, a flipped signature bit, and garbage', () => {
		const other = generateKeyPairSync('ed25519');
		expect(verifyTicket(signTicket(payload, other.privateKey), publicKey)).toBeNull();
		const token = signTicket(payload, privateKey);
		const sig = Buffer.from(token.split('.')[2]!, 'base64url');
		sig[0] = sig[0]! ^ 1;
		expect(
			verifyTicket(
				`${token.split('.').slice(0, 2).join('.')}.${sig.toString('base64url')}`,
				publicKey
			)
		).toBeNull();
		for (const junk of ['', 'T1', 'T1..', 'T2.a.b', 'x.y.z', '<script>', 'T1.!!!.???']) {
			expect(verifyTicket(junk, publicKey)).toBeNull();
		}
	});

	it('keys are made once, kept outside the database, readable by the owner only', () => {
		const dir = mkdtempSync(join(tmpdir(), 'turno-keys-'));
		try {
			const first = loadOrCreateTicketKeys(join(dir, 'keys'));
			const again = loadOrCreateTicketKeys(join(dir, 'keys'));
			expect(again.publicKeyPem).toBe(first.publicKeyPem);
			expect(statSync(join(dir, 'keys', 'ticket-ed25519.pem')).mode & 0o077).toBe(0);
			expect(verifyTicket(signTicket(payload, first.privateKey), again.publicKey)).toEqual(payload);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
