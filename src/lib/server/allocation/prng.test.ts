import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedCommitment, uniformNumbers } from './prng';

/**
 * node:crypto as it is, except that a test can force the digest every hash returns, to reach
 * the extreme words a real seed almost never produces.
 */
const forced = vi.hoisted(() => ({ digest: null as Buffer | null }));
vi.mock('node:crypto', async (importOriginal) => {
	const actual = await importOriginal<typeof import('node:crypto')>();
	const createHash = (algorithm: string) => {
		const hash = actual.createHash(algorithm);
		const digest = forced.digest;
		if (!digest) return hash;
		const fake = { update: () => fake, digest: () => Buffer.from(digest) };
		return fake;
	};
	return { ...actual, default: { ...actual, createHash }, createHash };
});

afterEach(() => {
	forced.digest = null;
});

const seedA = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const seedB = 'f'.repeat(64);

/** Block b of the documented construction: SHA-256(seed bytes || b as 4-byte big-endian). */
function block(seed: string, b: number): Buffer {
	const counter = Buffer.from([(b >>> 24) & 255, (b >>> 16) & 255, (b >>> 8) & 255, b & 255]);
	return createHash('sha256')
		.update(Buffer.concat([Buffer.from(seed, 'hex'), counter]))
		.digest();
}

/** Number i, with the top 52 bits of the 64-bit word taken by BigInt arithmetic. */
function byHand(seed: string, i: number): number {
	const word = block(seed, Math.floor(i / 4)).readBigUInt64BE(8 * (i % 4));
	const x = word >> 12n;
	return (Number(x) + 0.5) / 2 ** 52;
}

describe('uniformNumbers', () => {
	it('gives the numbers of the documented SHA-256 counter construction', () => {
		for (const seed of [seedA, seedB, 'ab'.repeat(32)]) {
			const got = uniformNumbers(seed, 11); // three blocks, the last one partly used
			expect(got).toHaveLength(11);
			for (let i = 0; i < 11; i++) expect(got[i]).toBe(byHand(seed, i));
		}
	});

	it('reads each 8-byte word big-endian and keeps its top 52 bits', () => {
		// The first number, from the first 8 bytes of block 0, written out digit by digit.
		const digest = block(seedA, 0);
		const bits = [...digest.subarray(0, 8)].map((b) => b.toString(2).padStart(8, '0')).join('');
		const x = parseInt(bits.slice(0, 52), 2);
		expect(uniformNumbers(seedA, 1)[0]).toBe((x + 0.5) / 2 ** 52);
		// And the counter is big-endian: block 1 is hashed with 00 00 00 01, not 01 00 00 00.
		const wrongCounter = createHash('sha256')
			.update(Buffer.concat([Buffer.from(seedA, 'hex'), Buffer.from([1, 0, 0, 0])]))
			.digest();
		expect(uniformNumbers(seedA, 5)[4]).not.toBe(
			(Number(wrongCounter.readBigUInt64BE(0) >> 12n) + 0.5) / 2 ** 52
		);
	});

	it('gives the same prefix whatever the count, and nothing for a count of 0', () => {
		const long = uniformNumbers(seedA, 1000);
		for (const count of [1, 3, 4, 5, 8, 999])
			expect([...uniformNumbers(seedA, count)]).toEqual([...long.subarray(0, count)]);
		expect(uniformNumbers(seedA, 0)).toHaveLength(0);
	});

	it('depends on the seed', () => {
		expect([...uniformNumbers(seedA, 4)]).not.toEqual([...uniformNumbers(seedB, 4)]);
	});

	it('stays strictly between 0 and 1 for random seeds', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
				for (const u of uniformNumbers(Buffer.from(bytes).toString('hex'), 64)) {
					expect(u).toBeGreaterThan(0);
					expect(u).toBeLessThan(1);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('stays above 0 when every bit of the block is 0', () => {
		forced.digest = Buffer.alloc(32, 0x00);
		const [u] = uniformNumbers(seedA, 1);
		expect(u).toBe(2 ** -53);
		expect(u).toBeGreaterThan(0);
	});

	// With 53 bits, x = 2^53 - 1 gave (x + 0.5) / 2^53, which rounds up to exactly 1: its lottery
	// key ln(1)/w = 0 beat every other key whatever the weights. With 52 bits it is exact.
	it('stays below 1 when every bit of the block is 1', () => {
		forced.digest = Buffer.alloc(32, 0xff);
		const [u] = uniformNumbers(seedA, 1);
		expect(u).toBe(1 - 2 ** -53);
		expect(u).toBeLessThan(1);
	});

	it('rejects a seed that is not 32 bytes of lowercase hex', () => {
		for (const bad of [
			'',
			'ab'.repeat(31) + 'a', // 63 characters
			'ab'.repeat(32) + 'a', // 65 characters
			'AB'.repeat(32), // uppercase
			'0x' + 'ab'.repeat(31),
			'g'.repeat(64),
			'ab'.repeat(32) + '\n',
			' ' + 'ab'.repeat(31) + 'a'
		])
			expect(() => uniformNumbers(bad, 4), JSON.stringify(bad)).toThrow(/seed/);
	});
});

describe('seedCommitment', () => {
	it('is the SHA-256 of the seed bytes, not of its hex text', () => {
		expect(seedCommitment('00'.repeat(32))).toBe(
			'66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925'
		);
		for (const seed of [seedA, seedB]) {
			const ofBytes = createHash('sha256').update(Buffer.from(seed, 'hex')).digest('hex');
			const ofText = createHash('sha256').update(seed, 'utf8').digest('hex');
			expect(seedCommitment(seed)).toBe(ofBytes);
			expect(seedCommitment(seed)).not.toBe(ofText);
			expect(seedCommitment(seed)).toMatch(/^[0-9a-f]{64}$/);
		}
	});
});
