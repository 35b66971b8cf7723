/**
 * The installation's Ed25519 ticket key: made on first start, kept as a PEM file in the key
 * directory (never in the database), readable by the owner only. The public half is published
 * (/api/ticket-key) for port devices that verify tickets offline.
 */
import {
	createPrivateKey,
	createPublicKey,
	generateKeyPairSync,
	type KeyObject
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type TicketKeys = { privateKey: KeyObject; publicKey: KeyObject; publicKeyPem: string };

export function loadOrCreateTicketKeys(keyDir: string): TicketKeys {
	const path = join(keyDir, 'ticket-ed25519.pem');
	if (!existsSync(path)) {
		mkdirSync(keyDir, { recursive: true, mode: 0o700 });
		const { privateKey } = generateKeyPairSync('ed25519');
		const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
		try {
			writeFileSync(path, pem, { mode: 0o600, flag: 'wx' });
		} catch {
			// Another process made it first: use theirs.
		}
	}
	const privateKey = createPrivateKey(readFileSync(path, 'utf8'));
	const publicKey = createPublicKey(privateKey);
	return {
		privateKey,
		publicKey,
		publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
	};
}
