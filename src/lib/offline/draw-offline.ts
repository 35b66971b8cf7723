/**
 * Which registration page to draw offline, and with what, from the answers kept on the
 * device — the same pure functions the server's load functions use. A question asked too
 * early goes to the first open one, as on the server.
 */
import {
	firstUnanswered,
	isComplete,
	isReachable,
	stepPath,
	type RegistrationAnswers
} from '$lib/registration/flow';
import { checkPageData, questionPageData, usStateOptions } from '$lib/registration/page-data';
import {
	questionsByRoute,
	type AnyQuestion,
	type QuestionRouteId
} from '$lib/registration/questions';
import { nationalityOptions } from '$lib/schemas/nationalities';

export const checkRoute = '/(public)/register/check';

export type OfflineView =
	| { kind: 'page'; routeId: QuestionRouteId | typeof checkRoute; data: Record<string, unknown> }
	| { kind: 'go'; path: string }
	| { kind: 'missing' };

export function drawOffline(
	routeId: string | null,
	params: Partial<Record<string, string>>,
	search: URLSearchParams,
	answers: RegistrationAnswers,
	locale: string
): OfflineView {
	if (routeId === checkRoute) {
		if (!isComplete(answers)) return { kind: 'go', path: stepPath(firstUnanswered(answers)) };
		return { kind: 'page', routeId, data: checkPageData(answers, locale) };
	}
	const question = questionsByRoute[routeId as QuestionRouteId] as AnyQuestion | undefined;
	const step = question?.step(params);
	if (!question || !step) return { kind: 'missing' };
	if (!isReachable(step, answers)) return { kind: 'go', path: stepPath(firstUnanswered(answers)) };
	const data: Record<string, unknown> = questionPageData(
		question,
		step,
		answers,
		search.get('return') === 'check'
	);
	if (step.kind === 'person' && step.question === 'nationality') {
		data.countries = nationalityOptions(locale).map((c) => ({ value: c.code, label: c.name }));
	}
	if (step.kind === 'address') data.states = usStateOptions();
	return { kind: 'page', routeId: routeId as QuestionRouteId, data };
}
