import { afterAll, describe, expect, it } from 'vitest';
import { bookingCodeOf } from '../booking/accounts';
import { completeDraft, createDraft, findDraft, saveAnswers } from '../booking/registration-drafts';
import { tempDatabase } from '../testing/temp-db';
import { signInPerCode } from './rate-limit-policy';
import { signInWithCode } from './sign-in';

const { db, remove } = tempDatabase();
afterAll(() => remove());

const now = Date.UTC(2025, 5, 15, 16, 0);
let addresses = 0;
/** Each test signs in from its own address, so the per-address limit stays out of the way. */
const newAddress = () => `198.51.100.${++addresses}`;

/** A real account made by registration, with the code and PIN the person was shown. */
async function newAccount(): Promise<{ accountId: number; code: string; pin: string }> {
	const { token, draft } = createDraft(db, now);
	saveAnswers(
		db,
		draft.id,
		{
			groupSize: 1,
			people: [{ fullName: 'Tz’unun Ajpop', dateOfBirth: '1988-04-02', nationality: 'GT' }],
			phone: null,
			usAddress: null
		},
		now
	);
	const result = await completeDraft(db, draft.id, { locale: 'es', channel: 'self' }, now);
	const pin = findDraft(db, token)?.pinOnce;
	const code = result && bookingCodeOf(db, result.accountId);
	if (!result || !pin || !code) throw new Error('the account was not made');
	return { accountId: result.accountId, code, pin };
}

const otherPin = (pin: string) => (pin === '000000' ? '111111' : '000000');

describe('signInWithCode', () => {
	it('signs in with the code and PIN the person was given', async () => {
		const { accountId, code, pin } = await newAccount();
		expect(await signInWithCode(db, { code, pin, address: newAddress() }, now)).toEqual({
			ok: true,
			accountId
		});
	});

	it('reads the code typed in lower case, without dashes or with spaces', async () => {
		const { accountId, code, pin } = await newAccount();
		const address = newAddress();
		const typed = [code.toLowerCase().replace(/-/g, ''), code.replace(/-/g, ' ').toLowerCase()];
		for (const written of typed) {
			expect(await signInWithCode(db, { code: written, pin, address }, now), written).toEqual({
				ok: true,
				accountId
			});
		}
	});

	it('refuses a wrong PIN', async () => {
		const { code, pin } = await newAccount();
		expect(
			await signInWithCode(db, { code, pin: otherPin(pin), address: newAddress() }, now)
		).toEqual({ ok: false, reason: 'wrong' });
	});

	it('says the same for an unknown code as for a wrong PIN', async () => {
		const address = newAddress();
		const { pin } = await newAccount();
		expect(await signInWithCode(db, { code: 'TTT-TTT-TTT', pin, address }, now)).toEqual({
			ok: false,
			reason: 'wrong'
		});
		expect(await signInWithCode(db, { code: 'not a code', pin, address }, now)).toEqual({
			ok: false,
			reason: 'wrong'
		});
	});

	it('blocks the code after five wrong PINs, even for the right PIN', async () => {
		const { code, pin } = await newAccount();
		const address = newAddress();
		const wrong = otherPin(pin);
		for (let i = 1; i < signInPerCode.allowance; i++) {
			expect(await signInWithCode(db, { code, pin: wrong, address }, now + i), `try ${i}`).toEqual({
				ok: false,
				reason: 'wrong'
			});
		}
		const fifth = await signInWithCode(db, { code, pin: wrong, address }, now + 5);
		expect(fifth).toEqual({ ok: false, reason: 'blocked', until: expect.any(Number) });
		const until = (fifth as { until: number }).until;
		expect(until).toBeGreaterThan(now + 5);

		// The right PIN, even typed from another address, waits too.
		expect(await signInWithCode(db, { code, pin, address }, now + 10)).toEqual({
			ok: false,
			reason: 'blocked',
			until
		});
		expect(await signInWithCode(db, { code, pin, address: newAddress() }, until - 1)).toEqual({
			ok: false,
			reason: 'blocked',
			until
		});
	});

	it('lets the owner in once the wait is over, and forgets the failures', async () => {
		const { accountId, code, pin } = await newAccount();
		const address = newAddress();
		const wrong = otherPin(pin);
		let result = await signInWithCode(db, { code, pin: wrong, address }, now);
		for (let i = 1; i < signInPerCode.allowance; i++) {
			result = await signInWithCode(db, { code, pin: wrong, address }, now + i);
		}
		expect(result).toMatchObject({ ok: false, reason: 'blocked' });
		const until = (result as { until: number }).until;

		expect(await signInWithCode(db, { code, pin, address }, until)).toEqual({
			ok: true,
			accountId
		});
		// A success starts the count again: one slip is just "wrong", not another wait.
		expect(await signInWithCode(db, { code, pin: wrong, address }, until + 1)).toEqual({
			ok: false,
			reason: 'wrong'
		});
	});

	it('makes each further failure wait longer, but never for good', async () => {
		const { accountId, code, pin } = await newAccount();
		const address = newAddress();
		const wrong = otherPin(pin);
		let at = now;
		let result = await signInWithCode(db, { code, pin: wrong, address }, at);
		for (let i = 1; i < signInPerCode.allowance; i++) {
			result = await signInWithCode(db, { code, pin: wrong, address }, ++at);
		}
		const waits: number[] = [];
		for (let i = 0; i < 10; i++) {
			expect(result).toMatchObject({ ok: false, reason: 'blocked' });
			const until = (result as { until: number }).until;
			waits.push(until - at);
			at = until;
			result = await signInWithCode(db, { code, pin: wrong, address }, at);
		}
		for (let i = 1; i < waits.length; i++) {
			expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
		}
		expect(waits[1]).toBeGreaterThan(waits[0]!);
		expect(Math.max(...waits)).toBeLessThanOrEqual(signInPerCode.maxBlockMs);
		const lastUntil = (result as { until: number }).until;
		expect(await signInWithCode(db, { code, pin, address }, lastUntil)).toEqual({
			ok: true,
			accountId
		});
	});

	it('forgets old failures after a day', async () => {
		const { code, pin } = await newAccount();
		const address = newAddress();
		const wrong = otherPin(pin);
		for (let i = 1; i < signInPerCode.allowance; i++) {
			await signInWithCode(db, { code, pin: wrong, address }, now + i);
		}
		const nextDay = now + signInPerCode.windowMs + 60_000;
		for (let i = 1; i < signInPerCode.allowance; i++) {
			expect(await signInWithCode(db, { code, pin: wrong, address }, nextDay + i)).toEqual({
				ok: false,
				reason: 'wrong'
			});
		}
	});

	// Fails today (see the report): the block is checked before the PIN hash is awaited and the
	// failure is recorded after it, so guesses sent at the same moment all get checked.
	it('counts guesses sent at once: a burst gets no more tries than guesses one by one', async () => {
		const { code, pin } = await newAccount();
		const address = newAddress();
		const guesses = Array.from({ length: 40 }, (_, i) => String(i * 7919).padStart(6, '0'))
			.filter((guess) => guess !== pin)
			.slice(0, 19);
		const results = await Promise.all([
			...guesses.map((guess) => signInWithCode(db, { code, pin: guess, address }, now)),
			signInWithCode(db, { code, pin, address }, now)
		]);
		// The twentieth try of the burst comes after 19 failures: it must wait like any other.
		expect(results.at(-1)).toMatchObject({ ok: false, reason: 'blocked' });
	});

	it('does not let wrong PINs for one code block another code', async () => {
		const victim = await newAccount();
		const other = await newAccount();
		for (let i = 0; i < signInPerCode.allowance; i++) {
			await signInWithCode(
				db,
				{ code: other.code, pin: otherPin(other.pin), address: newAddress() },
				now + i
			);
		}
		expect(
			await signInWithCode(
				db,
				{ code: victim.code, pin: victim.pin, address: newAddress() },
				now + 10
			)
		).toEqual({ ok: true, accountId: victim.accountId });
	});
});
