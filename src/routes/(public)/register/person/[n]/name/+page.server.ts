import { nameQuestion } from '$lib/registration/questions';
import { questionRoute } from '$lib/server/registration/question-route';

const route = questionRoute(nameQuestion);

export const load = route.load;
export const actions = route.actions;
