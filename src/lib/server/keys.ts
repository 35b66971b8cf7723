/**
 * Secrets kept as files outside the database (config.keyDir), created on first start with
 * owner-only permissions. Losing the directory makes earlier pseudonyms and tickets
 * unverifiable, so back it up separately from the database.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from './config';

export function loadOrCreateSecret(keyDir: string, name: string): Buffer {
	const path = join(keyDir, `${name}.key`);
	if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
	mkdirSync(keyDir, { recursive: true, mode: 0o700 });
	const secret = randomBytes(32);
	// 'wx': if another process created it a moment ago, keep theirs.
	try {
		writeFileSync(path, secret.toString('hex'), { mode: 0o600, flag: 'wx' });
		return secret;
	} catch {
		return Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
	}
}

let pseudonym: Buffer | undefined;

/** The installation's pseudonym secret (allocation ids, network hashes), read once. */
export function pseudonymKey(): Buffer {
	pseudonym ??= loadOrCreateSecret(config.keyDir, 'pseudonym');
	return pseudonym;
}
