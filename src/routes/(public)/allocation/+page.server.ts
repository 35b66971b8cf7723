import { appDb } from '$lib/server/app';
import { config } from '$lib/server/config';
import { recentRuns, upcomingCommitments } from '$lib/server/allocation/public-runs';
import { formatInstantDate, formatInstantTime, formatIsoDate } from '$lib/format';
import type { PageServerLoad } from './$types';

/** Public: no personal data, only counts, rates and the seed fingerprints. */
export const load: PageServerLoad = ({ locals }) => {
	const db = appDb();
	const tz = config.allocationTimeZone;
	const runs = recentRuns(db);
	return {
		next:
			upcomingCommitments(db).map((c) => ({
				runDate: c.runDate,
				date: formatInstantDate(c.cutoff, locals.locale, tz),
				time: formatInstantTime(c.cutoff, locals.locale, tz),
				seedCommitment: c.seedCommitment
			}))[0] ?? null,
		runs: runs.map((r) => ({
			runDate: r.runDate,
			date: formatIsoDate(r.runDate, locals.locale),
			pooled: r.equity?.pooled ?? 0,
			offers: r.offersMade
		})),
		equity: runs[0]?.equity ?? null
	};
};
