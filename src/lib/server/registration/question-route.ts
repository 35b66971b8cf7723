/**
 * Builds the load function and form action of one registration question. Each question
 * route says only which fields it has, how to validate them and where the answer goes.
 */
import { readForm } from '$lib/server/read-form';
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import {
	isReachable,
	nextPath,
	stepPath,
	firstUnanswered,
	type Step
} from '$lib/registration/flow';
import { answerQuestion, type QuestionDefinition } from '$lib/registration/questions';
import { questionPageData } from '$lib/registration/page-data';
import { appDb } from '../app';
import { config } from '../config';
import { dateInZone } from '../allocation/schedule';
import { saveAnswers } from '../booking/registration-drafts';
import { errorText } from '$lib/i18n/error-text';
import { currentDraft, draftForSaving, leaveIfRegistered } from './draft-access';
import { auditAssistedAnswer, checkAssisting } from './assisted';

function stepFor<F extends string, V>(def: QuestionDefinition<F, V>, event: RequestEvent): Step {
	const step = def.step(event.params);
	if (!step) error(404, 'Not found');
	return step;
}

export function questionRoute<F extends string, V>(def: QuestionDefinition<F, V>) {
	const load = (event: RequestEvent) => {
		const step = stepFor(def, event);
		const draft = currentDraft(event);
		leaveIfRegistered(event, draft);
		checkAssisting(event, draft);
		const answers = draft?.answers ?? {};
		// Questions are answered in order; a later one asked too early sends to the first open one.
		if (!isReachable(step, answers))
			redirect(303, localizeHref(stepPath(firstUnanswered(answers))));
		return {
			...questionPageData(def, step, answers, event.url.searchParams.get('return') === 'check'),
			// With JavaScript, the page keeps a copy on the device, to go on answering offline.
			deviceAnswers: answers
		};
	};

	const action = async (event: RequestEvent) => {
		const step = stepFor(def, event);
		const form = await readForm(event);
		const draftBefore = currentDraft(event);
		leaveIfRegistered(event, draftBefore);
		checkAssisting(event, draftBefore);
		const before = draftBefore?.answers ?? {};
		const today = dateInZone(Date.now(), config.allocationTimeZone);
		const answered = answerQuestion(def, step, before, form, today);
		if (!answered.ok) {
			return fail(400, { values: answered.values, errors: errorText(answered.errors) });
		}
		if (!isReachable(step, before)) redirect(303, localizeHref(stepPath(firstUnanswered(before))));
		const { answers } = answered;
		const draft = draftForSaving(event);
		saveAnswers(appDb(), draft.id, answers, Date.now());
		auditAssistedAnswer(draft, { question: stepPath(step) });
		redirect(303, localizeHref(nextPath(step, answers, form.get('return') === 'check')));
	};

	return { load, actions: { default: action } };
}
