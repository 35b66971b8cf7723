import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { firstUnanswered, isComplete, stepPath } from '$lib/registration/flow';
import { checkPageData } from '$lib/registration/page-data';
import { appDb } from '$lib/server/app';
import { completeDraft } from '$lib/server/booking/registration-drafts';
import { browserHash } from '$lib/server/fraud/browser';
import { networkHash } from '$lib/server/fraud/network';
import { pseudonymKey } from '$lib/server/keys';
import { startApplicantSession } from '$lib/server/auth/applicant-sessions';
import { browserTokenOf, clearApplicantCookies, setSessionCookie } from '$lib/server/cookies';
import { appendAudit } from '$lib/server/audit/audit-log';
import { minutesToWait } from '$lib/server/auth/rate-limit-policy';
import { readForm } from '$lib/server/read-form';
import { isValidProof, registrationChallenge } from '$lib/server/registration/proof-of-work';
import { takeRegistration, type RegistrationSource } from '$lib/server/submissions/limits';
import { checkAssisting, draftSubject } from '$lib/server/registration/assisted';
import { currentDraft, leaveIfRegistered } from '$lib/server/registration/draft-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const draft = currentDraft(event);
	leaveIfRegistered(event, draft);
	checkAssisting(event, draft);
	const answers = draft?.answers ?? {};
	if (!draft || !isComplete(answers)) {
		redirect(303, localizeHref(stepPath(firstUnanswered(answers))));
	}
	// Kiosks and caseworkers are known devices and people: no proof of work asked of them.
	const selfService = !draft.assistedBy && !event.locals.kioskDevice;
	return {
		...checkPageData(answers, event.locals.locale),
		deviceAnswers: answers,
		proofChallenge: selfService ? await registrationChallenge(draft.id, Date.now()) : null
	};
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
		const source: RegistrationSource = staff
			? { kind: 'staff' }
			: kiosk
				? { kind: 'kiosk', kioskId: kiosk.id }
				: {
						kind: 'browser',
						network,
						proven: await isValidProof((await readForm(event)).get('proof'), draft.id)
					};
		const until = takeRegistration(appDb(), source, now);
		if (until) {
			const text = m.registration_too_many({ minutes: minutesToWait(until, now) });
			return fail(429, { errors: { send: text } });
		}
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
					: {
							locale,
							channel: 'self',
							networkHash: network,
							browserHash: browserHash(browserTokenOf(event), pseudonymKey())
						},
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
