import { validateFullName } from '$lib/schemas/registration';
import { personAnswer, withPersonAnswer } from '$lib/registration/flow';
import { questionRoute } from '$lib/server/registration/question-route';
import { personStep } from '$lib/server/registration/person-step';

const route = questionRoute({
	step: personStep('name'),
	fields: ['full_name'],
	savedValues: (answers, step) => ({
		full_name: step.kind === 'person' ? (personAnswer(answers, step.person, 'name') ?? '') : ''
	}),
	validate: validateFullName,
	apply: (answers, step, name) =>
		step.kind === 'person' ? withPersonAnswer(answers, step.person, 'name', name) : answers
});

export const load = route.load;
export const actions = route.actions;
