/**
 * Answering a registration question with no connection: the same checks as the server (the
 * same pure definitions), the answer kept with the others on the device and queued, and the
 * next question opened. Loaded only when needed: it carries every validator.
 */
import { applyAction } from '$app/forms';
import { page } from '$app/state';
import { errorText } from '$lib/i18n/error-text';
import { localizeHref } from '$lib/paraglide/runtime';
import { isReachable, nextPath } from '$lib/registration/flow';
import {
	answerQuestion,
	questionsByRoute,
	type AnyQuestion,
	type QuestionRouteId
} from '$lib/registration/questions';
import { readDeviceAnswers, saveDeviceAnswers } from './device-store';
import type { QueuedSubmission } from './messages';
import { queueSubmission } from './submit';

/** Today on the device, as the server's validators take it (YYYY-MM-DD). */
function today(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** False when this device cannot answer it (it has no copy of the answers before it). */
export async function answerOffline(
	submission: QueuedSubmission,
	form: FormData
): Promise<boolean> {
	const question = questionsByRoute[page.route.id as QuestionRouteId] as AnyQuestion | undefined;
	const step = question?.step(page.params);
	if (!question || !step) return false;
	const answers = (await readDeviceAnswers()) ?? (step.kind === 'group-size' ? {} : undefined);
	if (!answers || !isReachable(step, answers)) return false;

	const answered = answerQuestion(question, step, answers, form, today());
	if (!answered.ok) {
		await applyAction({
			type: 'failure',
			status: 400,
			data: { values: answered.values, errors: errorText(answered.errors) }
		});
		return true;
	}
	if (!(await queueSubmission(submission))) return false;
	const next = answered.answers;
	await saveDeviceAnswers(next);
	location.assign(localizeHref(nextPath(step, next, form.get('return') === 'check')));
	return true;
}
