import { validateNationality } from '$lib/schemas/registration';
import { nationalityOptions } from '$lib/schemas/nationalities';
import { personAnswer, withPersonAnswer } from '$lib/registration/flow';
import { questionRoute } from '$lib/server/registration/question-route';
import { personStep } from '$lib/server/registration/person-step';

const route = questionRoute({
	step: personStep('nationality'),
	fields: ['nationality'],
	savedValues: (answers, step) => ({
		nationality:
			step.kind === 'person' ? (personAnswer(answers, step.person, 'nationality') ?? '') : ''
	}),
	validate: validateNationality,
	apply: (answers, step, code) =>
		step.kind === 'person' ? withPersonAnswer(answers, step.person, 'nationality', code) : answers
});

export const load = (event: Parameters<typeof route.load>[0]) => ({
	...route.load(event),
	countries: nationalityOptions(event.locals.locale).map((c) => ({ value: c.code, label: c.name }))
});
export const actions = route.actions;
