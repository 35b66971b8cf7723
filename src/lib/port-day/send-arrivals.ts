/**
 * Sends the arrivals kept on the officer's device (arrival-queue.ts) to the check-in action,
 * one at a time, each with the time it was scanned. Stops at the first answer that says the
 * connection or the session is not there yet: the rest stay on the device for the next try.
 */
import { deserialize } from '$app/forms';
import type { CheckInProblemKey } from './check-in-messages';
import type { QueuedArrival } from './arrival-queue';

export type SendReport = {
	/** Recorded now, or found already recorded (checked in some other way meanwhile). */
	recorded: QueuedArrival[];
	/** Answered with a reason it cannot be recorded: taken off the device, shown to the officer. */
	refused: { arrival: QueuedArrival; problem: CheckInProblemKey }[];
	/** Why sending stopped before the end, if it did. */
	stopped: 'offline' | 'signed_out' | null;
};

type ActionResult = ReturnType<typeof deserialize>;

/**
 * `post` and `read` are the browser's fetch and SvelteKit's reading of an action's answer;
 * tests give their own (the end-to-end test covers the real ones).
 */
export async function sendArrivals(
	actionUrl: string,
	queue: readonly QueuedArrival[],
	post: typeof fetch = fetch,
	read: (text: string) => ActionResult = deserialize
): Promise<SendReport> {
	const report: SendReport = { recorded: [], refused: [], stopped: null };
	for (const arrival of queue) {
		const body = new FormData();
		body.set('ticket', arrival.token);
		body.set('scanned_at', String(arrival.scannedAt));
		let text: string;
		try {
			const response = await post(actionUrl, {
				method: 'POST',
				body,
				headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
			});
			text = await response.text();
		} catch {
			report.stopped = 'offline';
			break;
		}
		let result: ActionResult;
		try {
			result = read(text);
		} catch {
			report.stopped = 'offline';
			break;
		}
		if (result.type === 'success') {
			report.recorded.push(arrival);
		} else if (result.type === 'failure' && typeof result.data?.problem === 'string') {
			const problem = result.data.problem as CheckInProblemKey;
			if (problem === 'already_arrived') report.recorded.push(arrival);
			else report.refused.push({ arrival, problem });
		} else {
			// Signed out, a password to change (a redirect), or the server not answering well.
			const status = 'status' in result ? result.status : 0;
			report.stopped =
				status === 401 || status === 403 || result.type === 'redirect' ? 'signed_out' : 'offline';
			break;
		}
	}
	return report;
}
