import { validateDateOfBirth } from '$lib/schemas/registration';
import { isoToParts } from '$lib/schemas/date-parts';
import { personAnswer, withPersonAnswer } from '$lib/registration/flow';
import { questionRoute } from '$lib/server/registration/question-route';
import { personStep } from '$lib/server/registration/person-step';

const route = questionRoute({
	step: personStep('date-of-birth'),
	fields: ['dob-day', 'dob-month', 'dob-year'],
	savedValues: (answers, step) => {
		const parts = isoToParts(
			step.kind === 'person' ? personAnswer(answers, step.person, 'date-of-birth') : undefined
		);
		return { 'dob-day': parts.day, 'dob-month': parts.month, 'dob-year': parts.year };
	},
	validate: validateDateOfBirth,
	apply: (answers, step, iso) =>
		step.kind === 'person' ? withPersonAnswer(answers, step.person, 'date-of-birth', iso) : answers
});

export const load = route.load;
export const actions = route.actions;
