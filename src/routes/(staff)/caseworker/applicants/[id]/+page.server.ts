import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { appendAudit } from '$lib/server/audit/audit-log';
import { startApplicantSession } from '$lib/server/auth/applicant-sessions';
import { pinToPrint } from '$lib/server/caseworker/applicants';
import { groupInUrl } from '$lib/server/caseworker/group-in-url';
import { setSessionCookie } from '$lib/server/cookies';
import { requireStaff } from '$lib/server/staff/require-staff';
import { caseworkers } from '$lib/server/staff/route-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event, caseworkers);
	const group = groupInUrl(event, staff);
	return { group, pinToPrint: pinToPrint(appDb(), group.id) !== null };
};

export const actions: Actions = {
	/**
	 * Opens the group's own pages in this browser, as the group, with the caseworker recorded:
	 * the request, the offer, cancelling all work as for the group, and each is audited.
	 */
	act: (event) => {
		const staff = requireStaff(event, caseworkers);
		const group = groupInUrl(event, staff);
		const now = Date.now();
		setSessionCookie(event, startApplicantSession(appDb(), group.id, now, staff.id));
		appendAudit(
			appDb(),
			{
				actor: { kind: 'staff', id: staff.id },
				action: 'applicant.acting_started',
				subject: `account:${group.id}`
			},
			now
		);
		redirect(303, localizeHref(group.status ? '/status' : '/request/ports'));
	}
};
