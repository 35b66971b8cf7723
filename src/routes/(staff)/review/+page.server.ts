import { appDb } from '$lib/server/app';
import { flagStatuses, type FlagStatus } from '$lib/server/db/schema';
import { config } from '$lib/server/config';
import { listFlags } from '$lib/server/fraud/review';
import { requireStaff } from '$lib/server/staff/require-staff';
import { officers } from '$lib/server/staff/route-access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, officers);
	// Statuses are not personal data: the filter is a plain GET parameter.
	const asked = event.url.searchParams.get('status') ?? '';
	const status: FlagStatus = (flagStatuses as readonly string[]).includes(asked)
		? (asked as FlagStatus)
		: 'open';
	return {
		status,
		statuses: flagStatuses,
		timeZone: config.allocationTimeZone,
		flags: listFlags(appDb(), { status })
	};
};
