import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { appDb } from '$lib/server/app';
import { allocationRun } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

/**
 * Public data of one date's allocation. Before the run: the seed's SHA-256 only. After it:
 * the revealed seed, the anonymised inputs and the offers, which `npm run allocation:verify`
 * checks. No names, no booking codes: request ids are keyed pseudonyms.
 */
export const GET: RequestHandler = ({ params }) => {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(params.date)) error(404, 'Not found');
	const run = appDb()
		.select()
		.from(allocationRun)
		.where(eq(allocationRun.runDate, params.date))
		.get();
	if (!run) error(404, 'Not found');
	if (run.status !== 'done' || !run.published) {
		return json({
			runDate: run.runDate,
			status: run.status,
			seedCommitment: run.seedCommitment,
			cutoff: run.cutoff
		});
	}
	return new Response(run.published, {
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=3600' }
	});
};
