/**
 * Pre-made accounts, written straight into the bench database before the server starts,
 * with the project's own schema, booking codes, PIN hashing and session tokens.
 *
 * Registering thousands of accounts over HTTP would hash each PIN with argon2id first, which
 * takes minutes on two cores. Instead a few PINs are hashed (pinHashes) and shared round-robin
 * by the accounts: every account's hash is still a real argon2id hash with the server's
 * parameters, so every sign-in verifies one, as in production.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../src/lib/server/db';
import { seedDatabase } from '../../src/lib/server/db/seed';
import {
	account,
	applicantSession,
	appointmentRequest,
	person
} from '../../src/lib/server/db/schema';
import { generateBookingCode, generatePin } from '../../src/lib/server/booking/booking-code';
import { hashPin } from '../../src/lib/server/auth/pin-hash';
import { hashToken, newToken } from '../../src/lib/server/auth/tokens';
import { applicantSessionMs } from '../../src/lib/server/auth/applicant-sessions';
import { birthDate, personName, type Premade, type Pools } from './visits';

export type PinHash = { pin: string; hash: string };

/** Distinct PINs and their argon2id hashes, hashed in parallel (libuv's thread pool). */
export async function pinHashes(count: number): Promise<PinHash[]> {
	const pins = Array.from({ length: count }, () => generatePin());
	const hashes = await Promise.all(pins.map((pin) => hashPin(pin)));
	return pins.map((pin, i) => ({ pin, hash: hashes[i]! }));
}

const dayMs = 86_400_000;
const hourMs = 3_600_000;
const locales = ['en', 'es', 'es', 'en', 'ht', 'pt'];
const portChoices = [
	['laredo', 'hidalgo'],
	['el-paso'],
	['san-ysidro', 'calexico'],
	['brownsville']
];

function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Creates (migrates and seeds) the database at `path` and adds `settled` accounts waiting
 * with a request in the pool and `fresh` accounts without one, each with one person and a
 * session. `recentPercent` of the sessions were used within the last hour; the others 1 to 48
 * hours ago, so the first look at the status renews them (a write), as the morning after.
 */
export function createBenchDatabase(
	path: string,
	counts: { settled: number; fresh: number; recentPercent: number },
	pins: readonly PinHash[]
): Pools {
	const db = openDatabase(path);
	seedDatabase(db);
	const now = Date.now();
	const total = counts.settled + counts.fresh;
	const codes = new Set<string>();
	while (codes.size < total) codes.add(generateBookingCode());
	const codeList = [...codes];
	const made: Premade[] = [];
	const chunk = 500;

	db.transaction((tx) => {
		for (let start = 0; start < total; start += chunk) {
			const rows = [];
			for (let n = start; n < Math.min(total, start + chunk); n++) {
				rows.push({
					bookingCode: codeList[n]!,
					pinHash: pins[n % pins.length]!.hash,
					locale: locales[n % locales.length]!,
					channel: 'self' as const,
					createdAt: now - (10 + (n % 200)) * dayMs
				});
			}
			const ids = tx.insert(account).values(rows).returning({ id: account.id }).all();
			const people = [];
			const requests = [];
			const sessions = [];
			for (let i = 0; i < ids.length; i++) {
				const n = start + i;
				const accountId = ids[i]!.id;
				const createdAt = rows[i]!.createdAt;
				const born = birthDate(n);
				people.push({
					accountId,
					position: 1,
					fullName: personName(n),
					dateOfBirth: `${born.year}-${String(born.month).padStart(2, '0')}-${String(born.day).padStart(2, '0')}`,
					nationality: ['GT', 'HN', 'SV', 'MX', 'VE'][n % 5]!
				});
				if (n < counts.settled) {
					requests.push({
						accountId,
						status: 'pooled' as const,
						partySize: 1,
						portIds: portChoices[n % portChoices.length]!,
						earliestDate: isoDate(now + (3 + (n % 10)) * dayMs),
						waitingSince: createdAt + dayMs,
						submissionKey: `${accountId}:${randomUUID()}`,
						createdAt: createdAt + dayMs,
						updatedAt: createdAt + dayMs
					});
				}
				const token = newToken();
				const lastSeenAt =
					n % 100 < counts.recentPercent
						? now - (1 + (n % 50)) * 60_000
						: now - (1 + (n % 48)) * hourMs;
				sessions.push({
					id: hashToken(token),
					accountId,
					createdAt: lastSeenAt - (n % 20) * dayMs,
					lastSeenAt,
					expiresAt: lastSeenAt + applicantSessionMs
				});
				const pin = pins[n % pins.length]!.pin;
				made.push({
					signInBody: `code=${codeList[n]}&pin=${pin}`,
					sessionToken: token
				});
			}
			tx.insert(person).values(people).run();
			if (requests.length) tx.insert(appointmentRequest).values(requests).run();
			tx.insert(applicantSession).values(sessions).run();
		}
	});
	db.$client.pragma('wal_checkpoint(TRUNCATE)');
	db.$client.close();
	return { settled: made.slice(0, counts.settled), fresh: made.slice(counts.settled) };
}

/** What the server wrote: accounts and requests beyond the pre-made ones. */
export function countWritten(path: string, premade: { accounts: number; requests: number }) {
	const sqlite = new Database(path, { readonly: true, fileMustExist: true });
	try {
		const count = (table: string) =>
			(sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
		return {
			accounts: count('account') - premade.accounts,
			requests: count('request') - premade.requests
		};
	} finally {
		sqlite.close();
	}
}
