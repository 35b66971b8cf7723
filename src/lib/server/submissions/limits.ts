/**
 * How many registrations and requests may come from one place, so that nobody can flood the
 * pool with made-up groups or hold places with endless sends (docs/ARCHITECTURE.md, "Limits on
 * registration and requests"). Keys hold a keyed hash of the network, never an address.
 */
import type { Db } from '../db';
import { config } from '../config';
import { takeAllowance } from '../auth/rate-limit';
import type { Allowance } from '../auth/rate-limit-policy';

const hour = 60 * 60_000;
const day = 24 * hour;

/** Who is registering: a browser on some network (with or without proof), a kiosk, or staff. */
export type RegistrationSource =
	| { kind: 'browser'; network: string | null; proven: boolean }
	| { kind: 'kiosk'; kioskId: number }
	| { kind: 'staff' };

export function registrationAllowance(source: RegistrationSource): {
	key: string;
	allowance: Allowance;
} | null {
	if (source.kind === 'staff') return null; // signed-in staff, each registration audited
	if (source.kind === 'kiosk') {
		return {
			key: `registration:kiosk:${source.kioskId}`,
			allowance: { limit: config.registrationsPerKioskDay, windowMs: day }
		};
	}
	const network = source.network ?? 'unknown';
	return source.proven
		? {
				key: `registration:network:${network}`,
				allowance: { limit: config.registrationsPerNetworkHour, windowMs: hour }
			}
		: {
				key: `registration:network-without-proof:${network}`,
				allowance: { limit: config.registrationsPerNetworkHourWithoutProof, windowMs: hour }
			};
}

/** Counts one registration; returns 0 when allowed, else the time the person may try again. */
export function takeRegistration(db: Db, source: RegistrationSource, now: number): number {
	const rule = registrationAllowance(source);
	if (!rule) return 0;
	const taken = takeAllowance(db, rule.key, rule.allowance, now);
	return taken.allowed ? 0 : taken.until;
}

/**
 * Counts one request sent: per account (send, cancel, send again… a few times a day is
 * plenty), and per network or per kiosk. Returns 0 when allowed, else when to try again.
 */
export function takeRequestSend(
	db: Db,
	sender: { accountId: number; network: string | null; kioskId: number | null; staff: boolean },
	now: number
): number {
	const rules: { key: string; allowance: Allowance }[] = [
		{
			key: `request:account:${sender.accountId}`,
			allowance: { limit: config.requestsPerAccountDay, windowMs: day }
		}
	];
	if (sender.kioskId !== null) {
		rules.push({
			key: `request:kiosk:${sender.kioskId}`,
			allowance: { limit: config.requestsPerKioskDay, windowMs: day }
		});
	} else if (!sender.staff) {
		rules.push({
			key: `request:network:${sender.network ?? 'unknown'}`,
			allowance: { limit: config.requestsPerNetworkHour, windowMs: hour }
		});
	}
	try {
		db.$client
			.transaction(() => {
				let until = 0;
				for (const rule of rules) {
					const taken = takeAllowance(db, rule.key, rule.allowance, now);
					if (!taken.allowed) until = Math.max(until, taken.until);
				}
				// Thrown to undo the transaction: a refused send uses none of the allowances.
				if (until) throw new Refused(until);
			})
			.immediate();
		return 0;
	} catch (error) {
		if (error instanceof Refused) return error.until;
		throw error;
	}
}

class Refused extends Error {
	constructor(readonly until: number) {
		super('refused');
	}
}
