/**
 * What a registration page shows, worked out from the answers alone. The server's load
 * functions and the page that answers offline (from the answers kept on the device) both use
 * these, so a page looks the same whichever of them drew it.
 */
import { formatIsoDate } from '$lib/format';
import { nationalityName } from '$lib/schemas/nationalities';
import { usStates } from '$lib/schemas/us-states';
import { personAnswer, previousPath, type RegistrationAnswers, type Step } from './flow';
import type { QuestionDefinition } from './questions';

export function questionPageData<F extends string, V>(
	question: QuestionDefinition<F, V>,
	step: Step,
	answers: RegistrationAnswers,
	returnToCheck: boolean
) {
	return {
		values: question.savedValues(answers, step),
		backHref: previousPath(step, answers),
		returnToCheck,
		groupSize: answers.groupSize ?? 0,
		personName: step.kind === 'person' ? (personAnswer(answers, step.person, 'name') ?? '') : ''
	};
}

/**
 * The states to choose from, sent with the address page as data rather than bundled in its
 * script: the list is in the page's HTML anyway, and applicant scripts have a weight budget.
 */
export const usStateOptions = () => usStates.map((s) => ({ value: s.code, label: s.name }));

export function checkPageData(answers: RegistrationAnswers, locale: string) {
	const address = answers.usAddress;
	return {
		groupSize: answers.groupSize ?? 0,
		people: (answers.people ?? []).map((p) => ({
			fullName: p.fullName ?? '',
			dateOfBirth: formatIsoDate(p.dateOfBirth ?? '', locale),
			nationality: nationalityName(p.nationality ?? '', locale)
		})),
		phone: answers.phone ?? '',
		address: address
			? [
					address.line1,
					address.line2,
					address.city,
					usStates.find((s) => s.code === address.state)?.name ?? address.state,
					address.zip
				].filter(Boolean)
			: []
	};
}
