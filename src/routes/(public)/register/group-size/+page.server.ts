import { validateGroupSize } from '$lib/schemas/registration';
import { withGroupSize } from '$lib/registration/flow';
import { questionRoute } from '$lib/server/registration/question-route';

const route = questionRoute({
	step: () => ({ kind: 'group-size' }),
	fields: ['group_size'],
	savedValues: (answers) => ({ group_size: answers.groupSize ? String(answers.groupSize) : '' }),
	validate: validateGroupSize,
	apply: (answers, _step, size) => withGroupSize(answers, size)
});

export const load = route.load;
export const actions = route.actions;
