import { firstUnanswered, stepPath } from '$lib/registration/flow';
import { currentDraft } from '$lib/server/registration/draft-access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const draft = currentDraft(event);
	const started = !!draft && !draft.accountId && draft.answers.groupSize !== undefined;
	return {
		signedIn: event.locals.accountId !== null,
		resumeHref: started ? stepPath(firstUnanswered(draft.answers)) : null
	};
};
