import { validatePhone } from '$lib/schemas/registration';
import { questionRoute } from '$lib/server/registration/question-route';

const route = questionRoute({
	step: () => ({ kind: 'phone' }),
	fields: ['phone'],
	savedValues: (answers) => ({ phone: answers.phone ?? '' }),
	validate: validatePhone,
	apply: (answers, _step, phone) => ({ ...answers, phone })
});

export const load = route.load;
export const actions = route.actions;
