import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { firstUnanswered, isComplete, stepPath } from '$lib/registration/flow';
import { checkPageData } from '$lib/registration/page-data';
import { appDb } from '$lib/server/app';
import { completeDraft } from '$lib/server/booking/registration-drafts';
import { networkHash } from '$lib/server/fraud/network';
import { pseudonymKey } from '$lib/server/keys';
import { startApplicantSession } from '$lib/server/auth/applicant-sessions';
import { clearApplicantCookies, setSessionCookie } from '$lib/server/cookies';
import { appendAudit } from '$lib/server/audit/audit-log';
import { checkAssisting, draftSubject } from '$lib/server/registration/assisted';
import { currentDraft, leaveIfRegistered } from '$lib/server/registration/draft-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const draft = currentDraft(event);
	leaveIfRegistered(event, draft);
	checkAssisting(event, draft);
	const answers = draft?.answers ?? {};
	if (!isComplete(answers)) redirect(303, localizeHref(stepPath(firstUnanswered(answers))));
	return { ...checkPageData(answers, event.locals.locale), deviceAnswers: answers };
};

export const actions: Actions = {
	default: async (event) => {
		const draft = currentDraft(event);
		leaveIfRegistered(event, draft);
		if (!draft || !isComplete(draft.answers)) {
			redirect(303, localizeHref(stepPath(firstUnanswered(draft?.answers ?? {}))));
		}
		checkAssisting(event, draft);
		const now = Date.now();
		const staff = draft.assistedBy ? event.locals.staff : null;
		const kiosk = event.locals.kioskDevice;
		const locale = event.locals.locale;
		const network = networkHash(event.getClientAddress(), pseudonymKey());
		const made = await completeDraft(
			appDb(),
			draft.id,
			staff
				? {
						locale,
						channel: 'caseworker',
						organisationId: staff.organisationId,
						networkHash: network
					}
				: kiosk
					? {
							locale,
							channel: 'kiosk',
							organisationId: kiosk.organisationId,
							kioskId: kiosk.id,
							networkHash: network
						}
					: { locale, channel: 'self', networkHash: network },
			now
		);
		if (!made) redirect(303, localizeHref('/start'));
		if (staff) {
			// The caseworker's browser is not the group's: no applicant session, and the next
			// registration starts afresh. The code and PIN go on the printed slip.
			if (made.created) {
				appendAudit(
					appDb(),
					{
						actor: { kind: 'staff', id: staff.id },
						action: 'applicant.registered',
						subject: `account:${made.accountId}`,
						details: {
							channel: 'caseworker',
							people: draft.answers.groupSize,
							draft: draftSubject(draft)
						}
					},
					now
				);
			}
			clearApplicantCookies(event);
			redirect(303, localizeHref(`/caseworker/applicants/${made.accountId}`));
		}
		if (kiosk && made.created) {
			appendAudit(
				appDb(),
				{
					actor: { kind: 'kiosk', id: kiosk.id },
					action: 'applicant.registered',
					subject: `account:${made.accountId}`,
					details: { channel: 'kiosk', people: draft.answers.groupSize }
				},
				now
			);
		}
		const session = startApplicantSession(appDb(), made.accountId, now, null, kiosk?.id ?? null);
		setSessionCookie(event, session);
		redirect(303, localizeHref('/register/done'));
	}
};
