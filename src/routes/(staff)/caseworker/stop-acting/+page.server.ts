import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { appendAudit } from '$lib/server/audit/audit-log';
import { endApplicantVisit } from '$lib/server/cookies';
import { requireStaff } from '$lib/server/staff/require-staff';
import { caseworkers } from '$lib/server/staff/route-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, caseworkers);
	redirect(303, localizeHref('/caseworker'));
};

export const actions: Actions = {
	default: (event) => {
		const staff = requireStaff(event, caseworkers);
		const accountId = event.locals.actingStaffId === staff.id ? event.locals.accountId : null;
		endApplicantVisit(event, appDb());
		if (accountId) {
			appendAudit(
				appDb(),
				{
					actor: { kind: 'staff', id: staff.id },
					action: 'applicant.acting_ended',
					subject: `account:${accountId}`
				},
				Date.now()
			);
		}
		redirect(303, localizeHref(accountId ? `/caseworker/applicants/${accountId}` : '/caseworker'));
	}
};
