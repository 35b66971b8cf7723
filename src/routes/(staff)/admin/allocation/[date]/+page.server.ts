import { error } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { findRun } from '$lib/server/allocation/admin-runs';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import { isRealIsoDate } from '$lib/schemas/port-admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const run = isRealIsoDate(event.params.date) ? findRun(appDb(), event.params.date) : null;
	if (!run) error(404, 'No such run');
	return { run, saved: event.url.searchParams.get('saved') };
};
