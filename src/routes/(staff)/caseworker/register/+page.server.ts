import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { appendAudit } from '$lib/server/audit/audit-log';
import { audioFor } from '$lib/server/audio';
import { createDraft } from '$lib/server/booking/registration-drafts';
import { endApplicantVisit, setDraftCookie } from '$lib/server/cookies';
import { errorText } from '$lib/i18n/error-text';
import { readForm } from '$lib/server/read-form';
import { draftSubject } from '$lib/server/registration/assisted';
import { requireStaff } from '$lib/server/staff/require-staff';
import { caseworkers } from '$lib/server/staff/route-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, caseworkers);
	return { consentAudio: audioFor(appDb(), 'consent', event.locals.locale) };
};

export const actions: Actions = {
	default: async (event) => {
		const staff = requireStaff(event, caseworkers);
		const form = await readForm(event);
		if (form.get('consent') !== 'yes') {
			return fail(400, { errors: errorText({ consent: 'caseworker_consent_required' }) });
		}
		// A group being acted for in this browser is left first: one group at a time.
		endApplicantVisit(event, appDb());
		const now = Date.now();
		const { token, draft } = createDraft(appDb(), now, { staffId: staff.id, consentAt: now });
		appendAudit(
			appDb(),
			{
				actor: { kind: 'staff', id: staff.id },
				action: 'registration.consented',
				subject: draftSubject(draft),
				details: { locale: event.locals.locale }
			},
			now
		);
		// The same question pages as everyone's, in the group's language; the draft knows who helps.
		setDraftCookie(event, token);
		redirect(303, localizeHref('/register/group-size'));
	}
};
