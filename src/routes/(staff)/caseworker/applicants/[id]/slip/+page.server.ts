import { appDb } from '$lib/server/app';
import { appendAudit } from '$lib/server/audit/audit-log';
import { pinToPrint } from '$lib/server/caseworker/applicants';
import { requireStaff } from '$lib/server/staff/require-staff';
import { caseworkers } from '$lib/server/staff/route-access';
import { groupInUrl } from '$lib/server/caseworker/group-in-url';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event, caseworkers);
	const group = groupInUrl(event, staff);
	const pin = pinToPrint(appDb(), group.id);
	// Showing a PIN is an action on the group's behalf.
	appendAudit(
		appDb(),
		{
			actor: { kind: 'staff', id: staff.id },
			action: 'applicant.slip_shown',
			subject: `account:${group.id}`,
			details: { withPin: pin !== null }
		},
		Date.now()
	);
	return { code: group.code, status: group.status, pin };
};
