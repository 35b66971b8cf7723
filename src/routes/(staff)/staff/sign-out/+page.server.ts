import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { clearStaffCookie, staffCookie } from '$lib/server/cookies';
import { appendAudit } from '$lib/server/audit/audit-log';
import { endStaffSession } from '$lib/server/staff/staff-sessions';
import { requireStaff } from '$lib/server/staff/require-staff';
import { everyone } from '$lib/server/staff/route-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, everyone);
	redirect(303, localizeHref('/staff'));
};

export const actions: Actions = {
	default: (event) => {
		const staff = requireStaff(event, everyone);
		const token = event.cookies.get(staffCookie);
		if (token) endStaffSession(appDb(), token);
		clearStaffCookie(event);
		appendAudit(
			appDb(),
			{
				actor: { kind: 'staff', id: staff.id },
				action: 'staff.signed_out',
				subject: `staff:${staff.id}`
			},
			Date.now()
		);
		redirect(303, localizeHref('/staff/sign-in'));
	}
};
