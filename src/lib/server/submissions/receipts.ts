/**
 * Exactly once for submissions sent again from a device's offline queue. The first copy that
 * succeeds leaves a receipt (where it led); every later copy of it is answered from the
 * receipt without running the action again. The actions are also idempotent in themselves (a
 * saved answer saved again, a request's unique submission key, an offer confirmed once), which
 * covers the moment between an action's commit and its receipt.
 */
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../db';
import { submissionReceipt } from '../db/schema';
import { hashToken } from '../auth/tokens';

/** Longer than a queued submission is kept on a device (30 days). */
const receiptLifetimeMs = 45 * 24 * 60 * 60_000;

export function findReceipt(db: Db, key: string): string | null {
	const row = db
		.select({ location: submissionReceipt.location })
		.from(submissionReceipt)
		.where(eq(submissionReceipt.id, hashToken(key)))
		.get();
	return row?.location ?? null;
}

export function keepReceipt(db: Db, key: string, location: string, now: number): void {
	db.insert(submissionReceipt)
		.values({ id: hashToken(key), location, createdAt: now })
		.onConflictDoNothing()
		.run();
}

export function purgeReceipts(db: Db, now: number): void {
	db.delete(submissionReceipt)
		.where(lt(submissionReceipt.createdAt, now - receiptLifetimeMs))
		.run();
}

/**
 * Where a successful submission led, or null when it did not succeed. SvelteKit answers a
 * form post with a 303 (plain form) or with JSON `{ type: 'redirect' | 'success' }` (a post
 * that asked for JSON, as the queue's do).
 */
export async function successLocation(response: Response, url: URL): Promise<string | null> {
	if (response.status === 303) return response.headers.get('location');
	if (!response.ok || !response.headers.get('content-type')?.startsWith('application/json')) {
		return null;
	}
	try {
		const body = (await response.clone().json()) as { type?: unknown; location?: unknown };
		if (body.type === 'redirect' && typeof body.location === 'string') return body.location;
		if (body.type === 'success') return url.pathname;
	} catch {
		// not an action's answer
	}
	return null;
}

/** The answer a repeated submission gets: the same place the first one led. */
export function answerFromReceipt(location: string, wantsJson: boolean): Response {
	if (wantsJson) {
		return new Response(JSON.stringify({ type: 'redirect', status: 303, location }), {
			headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
		});
	}
	return new Response(null, { status: 303, headers: { location } });
}
