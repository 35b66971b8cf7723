/**
 * Builds the load function and form action of one registration question. Each question
 * route says only which fields it has, how to validate them and where the answer goes.
 */
import { readForm } from '$lib/server/read-form';
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { readFields, type FormFields } from '$lib/schemas/form-values';
import type { Validation } from '$lib/schemas/result';
import {
	isReachable,
	nextPath,
	previousPath,
	stepPath,
	firstUnanswered,
	type RegistrationAnswers,
	type Step
} from '$lib/registration/flow';
import { appDb } from '../app';
import { config } from '../config';
import { dateInZone } from '../allocation/schedule';
import { saveAnswers } from '../booking/registration-drafts';
import { errorText } from '../error-text';
import { currentDraft, draftForSaving, leaveIfRegistered } from './draft-access';

export type QuestionDefinition<F extends string, V> = {
	/** The step this URL asks, or null for a URL that is not a question (404). */
	step: (params: Partial<Record<string, string>>) => Step | null;
	fields: readonly F[];
	/** The saved answer, as the strings the form shows. */
	savedValues: (answers: RegistrationAnswers, step: Step) => FormFields<F>;
	validate: (fields: FormFields<F>, todayIso: string) => Validation<V>;
	apply: (answers: RegistrationAnswers, step: Step, value: V) => RegistrationAnswers;
};

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
		const answers = draft?.answers ?? {};
		// Questions are answered in order; a later one asked too early sends to the first open one.
		if (!isReachable(step, answers))
			redirect(303, localizeHref(stepPath(firstUnanswered(answers))));
		return {
			values: def.savedValues(answers, step),
			backHref: previousPath(step, answers),
			returnToCheck: event.url.searchParams.get('return') === 'check',
			groupSize: answers.groupSize ?? 0,
			personName: step.kind === 'person' ? (answers.people?.[step.person - 1]?.fullName ?? '') : ''
		};
	};

	const action = async (event: RequestEvent) => {
		const step = stepFor(def, event);
		const form = await readForm(event);
		const draftBefore = currentDraft(event);
		leaveIfRegistered(event, draftBefore);
		const fields = readFields(form, def.fields);
		const result = def.validate(fields, dateInZone(Date.now(), config.allocationTimeZone));
		if (!result.ok) return fail(400, { values: fields, errors: errorText(result.errors) });
		const draft = draftForSaving(event);
		if (!isReachable(step, draft.answers)) {
			redirect(303, localizeHref(stepPath(firstUnanswered(draft.answers))));
		}
		const answers = def.apply(draft.answers, step, result.value);
		saveAnswers(appDb(), draft.id, answers, Date.now());
		redirect(303, localizeHref(nextPath(step, answers, form.get('return') === 'check')));
	};

	return { load, actions: { default: action } };
}
