/**
 * Finds the proof of work for the registration's challenge in the browser (Web Crypto), for
 * the form to send (server/registration/proof-of-work.ts explains why it is asked).
 * Loaded only on the check page, after the page is shown.
 */
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';

/** The proof as the form posts it, or '' if it could not be found in time. */
export async function solveProof(challenge: Challenge): Promise<string> {
	const solution = await solveChallenge({ challenge, deriveKey, timeout: 60_000 });
	return solution ? JSON.stringify({ challenge, solution }) : '';
}
