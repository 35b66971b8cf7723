/**
 * PIN hashing with argon2id (the `argon2` package: maintained bindings to the reference
 * implementation, with prebuilt binaries in the npm package). Parameters follow the OWASP
 * minimum for argon2id (19 MiB, 2 passes) so a burst of sign-ins stays cheap on two cores;
 * the rate limits, not the hash cost, are what protect a 6-digit PIN.
 */
import argon2 from 'argon2';

const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPin(pin: string): Promise<string> {
	return argon2.hash(pin, options);
}

export async function verifyPin(hash: string, pin: string): Promise<boolean> {
	try {
		return await argon2.verify(hash, pin);
	} catch {
		return false;
	}
}

/** A real hash of nothing, verified when a code is unknown so both paths take the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
	decoy ??= argon2.hash('decoy-pin', options);
	return decoy;
}
