/**
 * The proof of work asked of a browser that registers someone (ALTCHA's open format, with
 * altcha-lib), in place of a CAPTCHA: nobody is asked to read distorted letters or pick
 * pictures (WCAG 2.2, 3.3.8). The check page carries a signed challenge; the page's script
 * finds the counter (tens of thousands of SHA-256 hashes: a moment for one person, a real cost
 * for someone making thousands of accounts) while the person reads their answers.
 *
 * The challenge is bound to the registration draft, and a draft makes one account, so a
 * solution cannot be used again for another. Without a valid solution (no JavaScript, the
 * page kept open past the expiry, a forged one) the registration still goes through, under
 * the smaller allowance for registrations without proof (registration-limits.ts).
 */
import { createHmac } from 'node:crypto';
import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { config } from '../config';
import { loadOrCreateSecret } from '../keys';

const validFor = 60 * 60_000;
let secrets: { signature: string; key: string; draft: string } | undefined;

function proofSecrets() {
	if (!secrets) {
		const root = loadOrCreateSecret(config.keyDir, 'proof-of-work');
		const derive = (label: string) => createHmac('sha256', root).update(label).digest('hex');
		secrets = {
			signature: derive('challenge'),
			key: derive('derived-key'),
			draft: derive('draft')
		};
	}
	return secrets;
}

/** The draft, as the challenge names it: a keyed hash, so the page never shows the draft's id. */
function draftTag(draftId: string): string {
	return createHmac('sha256', proofSecrets().draft).update(draftId).digest('hex');
}

export async function registrationChallenge(draftId: string, now: number): Promise<Challenge> {
	const { signature, key } = proofSecrets();
	// The counter is chosen here and the key it gives is signed (ALTCHA's deterministic mode),
	// so checking a solution is one hash and an HMAC, however long finding it took.
	return createChallenge({
		algorithm: 'SHA-256',
		cost: 1,
		counter: randomInt(config.proofOfWorkMaxCounter, Math.floor(config.proofOfWorkMaxCounter / 4)),
		deriveKey,
		data: { draft: draftTag(draftId) },
		expiresAt: Math.floor((now + validFor) / 1000),
		hmacSignatureSecret: signature,
		hmacKeySignatureSecret: key
	});
}

/** Whether a posted proof (the JSON the page's script put in the form) solves this draft's challenge. */
export async function isValidProof(posted: unknown, draftId: string): Promise<boolean> {
	if (typeof posted !== 'string' || posted.length === 0 || posted.length > 4096) return false;
	try {
		const { challenge, solution } = JSON.parse(posted) as {
			challenge?: Challenge;
			solution?: { counter: number; derivedKey: string };
		};
		if (!challenge?.parameters || !solution) return false;
		if (challenge.parameters.data?.draft !== draftTag(draftId)) return false;
		const { signature, key } = proofSecrets();
		const result = await verifySolution({
			challenge,
			solution,
			deriveKey,
			hmacSignatureSecret: signature,
			hmacKeySignatureSecret: key
		});
		return result.verified;
	} catch {
		// Malformed JSON or a challenge the library refuses: simply not a proof.
		return false;
	}
}
