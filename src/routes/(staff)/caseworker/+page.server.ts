import { appDb } from '$lib/server/app';
import { readFields } from '$lib/schemas/form-values';
import { helpedGroups } from '$lib/server/caseworker/applicants';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { caseworkers } from '$lib/server/staff/route-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => ({
	groups: helpedGroups(appDb(), requireStaff(event, caseworkers))
});

export const actions: Actions = {
	// A form post, not a query string: names never go into a URL (or a log).
	search: async (event) => {
		const staff = requireStaff(event, caseworkers);
		const { q } = readFields(await readForm(event), ['q'] as const);
		return { q, found: helpedGroups(appDb(), staff, q.slice(0, 100)) };
	}
};
