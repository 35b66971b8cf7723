import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { firstUnanswered, isComplete, stepPath } from '$lib/registration/flow';
import { checkPageData } from '$lib/registration/page-data';
import { appDb } from '$lib/server/app';
import { completeDraft } from '$lib/server/booking/registration-drafts';
import { startApplicantSession } from '$lib/server/auth/applicant-sessions';
import { setSessionCookie } from '$lib/server/cookies';
import { currentDraft, leaveIfRegistered } from '$lib/server/registration/draft-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const draft = currentDraft(event);
	leaveIfRegistered(event, draft);
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
		const now = Date.now();
		const made = await completeDraft(
			appDb(),
			draft.id,
			{ locale: event.locals.locale, channel: 'self' },
			now
		);
		if (!made) redirect(303, localizeHref('/start'));
		setSessionCookie(event, startApplicantSession(appDb(), made.accountId, now));
		redirect(303, localizeHref('/register/done'));
	}
};
