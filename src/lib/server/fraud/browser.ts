/**
 * The browser a group registered on by themselves, for counting accounts made on one phone:
 * a random token in a cookie of its own (nothing about the person is in it), stored with the
 * account only as a keyed hash, like the network (network.ts). Clearing cookies defeats it,
 * so it is one signal among others for a reviewer, never a reason to refuse anyone.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** 128 random bits, base64url. */
export const newBrowserToken = () => randomBytes(16).toString('base64url');

export const isBrowserToken = (value: string | undefined): value is string =>
	!!value && /^[A-Za-z0-9_-]{22}$/.test(value);

export function browserHash(token: string, key: Buffer): string {
	return createHmac('sha256', key).update(`browser:${token}`).digest('hex').slice(0, 16);
}
