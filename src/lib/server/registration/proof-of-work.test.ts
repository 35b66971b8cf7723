import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { solveProof } from '../../registration/solve-proof';

// The secret is made in this test's own key directory, before the module reads the settings.
const dir = mkdtempSync(join(tmpdir(), 'turno-proof-'));
process.env.TURNO_KEY_DIR = join(dir, 'keys');
const { isValidProof, registrationChallenge } = await import('./proof-of-work');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const now = Date.now();

describe('the registration proof of work', () => {
	it('is found by the browser’s solver (Web Crypto) and accepted for its own draft only', async () => {
		const challenge = await registrationChallenge('draft-a', now);
		const proof = await solveProof(challenge);
		expect(proof).not.toBe('');
		expect(await isValidProof(proof, 'draft-a')).toBe(true);
		// Bound to the draft: it makes no second account elsewhere.
		expect(await isValidProof(proof, 'draft-b')).toBe(false);
	});

	it('refuses a wrong counter, an altered challenge, an expired one, and anything not a proof', async () => {
		const challenge = await registrationChallenge('draft-c', now);
		const solution = await solveChallenge({ challenge, deriveKey });
		expect(solution).not.toBeNull();
		const post = (c: unknown, s: unknown) => JSON.stringify({ challenge: c, solution: s });
		expect(await isValidProof(post(challenge, solution), 'draft-c')).toBe(true);

		const wrongKey = {
			...solution!,
			derivedKey: solution!.derivedKey.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))
		};
		expect(await isValidProof(post(challenge, wrongKey), 'draft-c')).toBe(false);
		const easier = { ...challenge, parameters: { ...challenge.parameters, keyPrefix: '00' } };
		expect(await isValidProof(post(easier, solution), 'draft-c')).toBe(false);

		const old = await registrationChallenge('draft-c', now - 2 * 60 * 60_000);
		const oldSolution = await solveChallenge({ challenge: old, deriveKey });
		expect(await isValidProof(post(old, oldSolution), 'draft-c')).toBe(false);

		for (const junk of [undefined, '', '{', '[]', '{"challenge":1}', 'x'.repeat(10_000), 42]) {
			expect(await isValidProof(junk, 'draft-c')).toBe(false);
		}
	});
});
