/**
 * Where the hook sends a member of staff who opened a page their role does not allow: the
 * refusal is then the error page in their own language, with status 403.
 */
import { error } from '@sveltejs/kit';
import { requireStaff } from '$lib/server/staff/require-staff';
import { everyone } from '$lib/server/staff/route-access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, everyone);
	error(403, 'Not allowed for this role');
};
