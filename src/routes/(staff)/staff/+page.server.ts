import { requireStaff } from '$lib/server/staff/require-staff';
import { everyone } from '$lib/server/staff/route-access';
import { findStaff } from '$lib/server/staff/staff-users';
import { appDb } from '$lib/server/app';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event, everyone);
	return {
		name: staff.name,
		role: staff.role,
		twoFactor: !!findStaff(appDb(), staff.id)?.totpSecret,
		saved: event.url.searchParams.get('saved')
	};
};
