/**
 * A keyed pseudonym: 16 hex digits of HMAC-SHA-256 over `<purpose>:<value>`. The same value
 * always gives the same pseudonym, so records can be counted and compared, but without the
 * key (outside the database) nobody can go back to the value. The purpose keeps pseudonyms
 * made for one use from matching those made for another.
 */
import { createHmac } from 'node:crypto';

export function keyedPseudonym(key: Buffer, purpose: string, value: string | number): string {
	return createHmac('sha256', key).update(`${purpose}:${value}`).digest('hex').slice(0, 16);
}
