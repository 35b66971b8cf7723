import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import {
	answerFromReceipt,
	findReceipt,
	keepReceipt,
	purgeReceipts,
	successLocation
} from './receipts';

const temp = tempDatabase();
afterAll(() => temp.remove());
const url = new URL('http://turno.test/es/status');

describe('submission receipts', () => {
	it('keeps where a submission led, under the hash of its key only', () => {
		const key = crypto.randomUUID();
		expect(findReceipt(temp.db, key)).toBeNull();
		keepReceipt(temp.db, key, '/es/status', 1_000);
		expect(findReceipt(temp.db, key)).toBe('/es/status');
		const stored = temp.db.$client.prepare('SELECT id FROM submission_receipt').all() as {
			id: string;
		}[];
		expect(stored.map((r) => r.id)).not.toContain(key);
	});

	it('keeps the first receipt when a copy arrives', () => {
		const key = crypto.randomUUID();
		keepReceipt(temp.db, key, '/first', 1_000);
		keepReceipt(temp.db, key, '/second', 2_000);
		expect(findReceipt(temp.db, key)).toBe('/first');
	});

	it('forgets receipts after 45 days', () => {
		const key = crypto.randomUUID();
		const day = 24 * 60 * 60_000;
		keepReceipt(temp.db, key, '/old', 0);
		purgeReceipts(temp.db, 44 * day);
		expect(findReceipt(temp.db, key)).toBe('/old');
		purgeReceipts(temp.db, 46 * day);
		expect(findReceipt(temp.db, key)).toBeNull();
	});
});

describe('successLocation', () => {
	const json = (body: unknown, status = 200) =>
		new Response(JSON.stringify(body), {
			status,
			headers: { 'content-type': 'application/json' }
		});

	it('reads a plain form redirect', async () => {
		const response = new Response(null, { status: 303, headers: { location: '/next' } });
		expect(await successLocation(response, url)).toBe('/next');
	});

	it("reads an action's JSON redirect and success", async () => {
		expect(
			await successLocation(json({ type: 'redirect', status: 303, location: '/n' }), url)
		).toBe('/n');
		expect(await successLocation(json({ type: 'success', status: 200 }), url)).toBe('/es/status');
	});

	it('keeps no receipt for failures, errors or other answers', async () => {
		expect(await successLocation(json({ type: 'failure', status: 400, data: '[]' }), url)).toBe(
			null
		);
		expect(await successLocation(json({ type: 'error' }, 500), url)).toBeNull();
		expect(await successLocation(new Response('<p>', { status: 200 }), url)).toBeNull();
		expect(
			await successLocation(
				new Response('{', { status: 200, headers: { 'content-type': 'application/json' } }),
				url
			)
		).toBeNull();
	});

	it('answers a repeat the way the first was answered', async () => {
		const asJson = answerFromReceipt('/n', true);
		expect(await asJson.json()).toEqual({ type: 'redirect', status: 303, location: '/n' });
		const asPage = answerFromReceipt('/n', false);
		expect(asPage.status).toBe(303);
		expect(asPage.headers.get('location')).toBe('/n');
	});
});
