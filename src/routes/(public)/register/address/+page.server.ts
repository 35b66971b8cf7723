import { addressQuestion } from '$lib/registration/questions';
import { usStateOptions } from '$lib/registration/page-data';
import { questionRoute } from '$lib/server/registration/question-route';

const route = questionRoute(addressQuestion);

export const load = (event: Parameters<typeof route.load>[0]) => ({
	...route.load(event),
	states: usStateOptions()
});
export const actions = route.actions;
