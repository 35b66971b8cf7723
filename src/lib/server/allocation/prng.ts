/**
 * The lottery's random numbers: SHA-256 in counter mode over the revealed seed. Anyone can
 * reproduce them from the seed with any SHA-256 implementation:
 *
 *   block b = SHA-256( seed bytes || b as 4-byte big-endian ), b = 0, 1, 2 …
 *   number i = the 8 bytes at offset 8·(i mod 4) of block ⌊i / 4⌋, big-endian, top 52 bits x,
 *              as (x + 0.5) / 2^52, which lies strictly between 0 and 1 and is exact in a
 *              double (with 53 bits the largest value would round up to 1, and ln 1 = 0 would
 *              give that request the best possible lottery key).
 */
import { createHash } from 'node:crypto';

export function uniformNumbers(seedHex: string, count: number): Float64Array {
	if (!/^[0-9a-f]{64}$/.test(seedHex)) throw new Error('seed must be 32 bytes of lowercase hex');
	const seed = Buffer.from(seedHex, 'hex');
	const out = new Float64Array(count);
	const input = Buffer.alloc(seed.length + 4);
	seed.copy(input);
	for (let block = 0; block * 4 < count; block++) {
		input.writeUInt32BE(block, seed.length);
		const digest = createHash('sha256').update(input).digest();
		for (let j = 0; j < 4 && block * 4 + j < count; j++) {
			const high = digest.readUInt32BE(j * 8);
			const low = digest.readUInt32BE(j * 8 + 4);
			// 52 bits: all 32 of the high word and the top 20 of the low word.
			const x = high * 2 ** 20 + (low >>> 12);
			out[block * 4 + j] = (x + 0.5) / 2 ** 52;
		}
	}
	return out;
}

/** SHA-256 of the seed, as published before the request window closes. */
export function seedCommitment(seedHex: string): string {
	if (!/^[0-9a-f]{64}$/.test(seedHex)) throw new Error('seed must be 32 bytes of lowercase hex');
	return createHash('sha256').update(Buffer.from(seedHex, 'hex')).digest('hex');
}
