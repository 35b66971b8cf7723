import { describe, expect, it } from 'vitest';
import type { QueuedArrival } from './arrival-queue';
import { sendArrivals } from './send-arrivals';

const arrival = (n: number): QueuedArrival => ({
	token: `T1.${n}.x`,
	scannedAt: 1000 + n,
	code: `AAA-BBB-00${n}`,
	people: 1,
	slot: '08:00'
});

/** An action's answer, its data as plain JSON (SvelteKit's devalue encoding is not the point here). */
const answer = (body: Record<string, unknown>) => new Response(JSON.stringify(body));
const read = (text: string) => JSON.parse(text);

/** A server that answers each ticket as told, and remembers what was posted. */
function server(answers: Record<string, () => Response>) {
	const posted: { ticket: string; scannedAt: string }[] = [];
	const post = (async (_url: string, init?: RequestInit) => {
		const body = init!.body as FormData;
		const ticket = String(body.get('ticket'));
		posted.push({ ticket, scannedAt: String(body.get('scanned_at')) });
		return answers[ticket]!();
	}) as typeof fetch;
	return { post, posted };
}

describe('sending the arrivals kept on the device', () => {
	it('posts each with its scan time; recorded and already recorded come off, refusals are named', async () => {
		const { post, posted } = server({
			'T1.1.x': () => answer({ type: 'success', status: 200, data: { checkedIn: {} } }),
			'T1.2.x': () =>
				answer({ type: 'failure', status: 409, data: { problem: 'already_arrived' } }),
			'T1.3.x': () => answer({ type: 'failure', status: 400, data: { problem: 'not_confirmed' } })
		});
		const report = await sendArrivals(
			'/port/laredo/check-in?/checkIn',
			[1, 2, 3].map(arrival),
			post,
			read
		);
		expect(posted).toEqual([
			{ ticket: 'T1.1.x', scannedAt: '1001' },
			{ ticket: 'T1.2.x', scannedAt: '1002' },
			{ ticket: 'T1.3.x', scannedAt: '1003' }
		]);
		expect(report.recorded.map((a) => a.token)).toEqual(['T1.1.x', 'T1.2.x']);
		expect(report.refused).toEqual([{ arrival: arrival(3), problem: 'not_confirmed' }]);
		expect(report.stopped).toBeNull();
	});

	it('stops at a lost connection, keeping the rest for the next try', async () => {
		const { post, posted } = server({
			'T1.1.x': () => answer({ type: 'success', status: 200, data: {} }),
			'T1.2.x': () => {
				throw new TypeError('Failed to fetch');
			}
		});
		const report = await sendArrivals('/x', [1, 2, 3].map(arrival), post, read);
		expect(report).toMatchObject({ stopped: 'offline', refused: [] });
		expect(report.recorded.map((a) => a.token)).toEqual(['T1.1.x']);
		expect(posted).toHaveLength(2);
	});

	it('stops when signed out or sent elsewhere, and on an answer that is not an action’s', async () => {
		for (const [response, stopped] of [
			[
				() => answer({ type: 'error', status: 401, error: { message: 'Sign in first' } }),
				'signed_out'
			],
			[() => answer({ type: 'redirect', status: 303, location: '/staff/password' }), 'signed_out'],
			[() => answer({ type: 'error', status: 500, error: { message: 'x' } }), 'offline'],
			[() => new Response('<html>proxy error</html>', { status: 502 }), 'offline']
		] as const) {
			const { post } = server({ 'T1.1.x': response });
			const report = await sendArrivals('/x', [arrival(1)], post, read);
			expect(report).toEqual({ recorded: [], refused: [], stopped });
		}
	});
});
