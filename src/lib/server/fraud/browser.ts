/**
 * The browser a group registered on by themselves, for counting accounts made on one phone:
 * a random token (auth/tokens.ts) in a cookie of its own, with nothing about the person in it,
 * stored with the account only as a keyed pseudonym, like the network (network.ts). Clearing
 * cookies defeats it, so it is one signal among others for a reviewer, never a reason to
 * refuse anyone.
 */
import { keyedPseudonym } from '../pseudonym';

/** The shape `newToken` makes: 32 random bytes, base64url. */
export const isBrowserToken = (value: string | undefined): value is string =>
	!!value && /^[A-Za-z0-9_-]{43}$/.test(value);

export const browserHash = (token: string, key: Buffer) => keyedPseudonym(key, 'browser', token);
