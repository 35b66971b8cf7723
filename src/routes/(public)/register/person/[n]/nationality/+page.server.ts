import { nationalityQuestion } from '$lib/registration/questions';
import { nationalityOptions } from '$lib/schemas/nationalities';
import { questionRoute } from '$lib/server/registration/question-route';

const route = questionRoute(nationalityQuestion);

export const load = (event: Parameters<typeof route.load>[0]) => ({
	...route.load(event),
	countries: nationalityOptions(event.locals.locale).map((c) => ({ value: c.code, label: c.name }))
});
export const actions = route.actions;
