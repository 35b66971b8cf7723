/**
 * Every registration question: its fields, how its saved answer is shown, how it is checked
 * and where the answer goes. Pure, so the server (form actions) and the browser (answering
 * offline) use the very same definitions.
 */
import {
	maxGroupSize,
	validateDateOfBirth,
	validateFullName,
	validateGroupSize,
	validateNationality,
	validatePhone,
	validateUsAddress
} from '$lib/schemas/registration';
import { isoToParts } from '$lib/schemas/date-parts';
import { readFields, type FormFields } from '$lib/schemas/form-values';
import type { FieldErrors, Validation } from '$lib/schemas/result';
import {
	personAnswer,
	withGroupSize,
	withPersonAnswer,
	type PersonQuestion,
	type RegistrationAnswers,
	type Step
} from './flow';

export type QuestionDefinition<F extends string, V> = {
	/** The step this URL asks, or null for a URL that is not a question (404). */
	step: (params: Partial<Record<string, string>>) => Step | null;
	fields: readonly F[];
	/** The saved answer, as the strings the form shows. */
	savedValues: (answers: RegistrationAnswers, step: Step) => FormFields<F>;
	validate: (fields: FormFields<F>, todayIso: string) => Validation<V>;
	apply: (answers: RegistrationAnswers, step: Step, value: V) => RegistrationAnswers;
};

/** Reads `/register/person/[n]/…`: a person number from 1 to 12, or null (a 404). */
export function personStep(question: PersonQuestion) {
	return (params: Partial<Record<string, string>>): Step | null => {
		const n = params.n ?? '';
		if (!/^\d{1,2}$/.test(n) || Number(n) < 1 || Number(n) > maxGroupSize) return null;
		return { kind: 'person', question, person: Number(n) };
	};
}

const person = (step: Step) => (step.kind === 'person' ? step.person : 0);

export const groupSizeQuestion: QuestionDefinition<'group_size', number> = {
	step: () => ({ kind: 'group-size' }),
	fields: ['group_size'],
	savedValues: (answers) => ({ group_size: answers.groupSize ? String(answers.groupSize) : '' }),
	validate: validateGroupSize,
	apply: (answers, _step, size) => withGroupSize(answers, size)
};

export const nameQuestion: QuestionDefinition<'full_name', string> = {
	step: personStep('name'),
	fields: ['full_name'],
	savedValues: (answers, step) => ({
		full_name: personAnswer(answers, person(step), 'name') ?? ''
	}),
	validate: validateFullName,
	apply: (answers, step, name) => withPersonAnswer(answers, person(step), 'name', name)
};

export const dateOfBirthQuestion: QuestionDefinition<'dob-day' | 'dob-month' | 'dob-year', string> =
	{
		step: personStep('date-of-birth'),
		fields: ['dob-day', 'dob-month', 'dob-year'],
		savedValues: (answers, step) => {
			const parts = isoToParts(personAnswer(answers, person(step), 'date-of-birth'));
			return { 'dob-day': parts.day, 'dob-month': parts.month, 'dob-year': parts.year };
		},
		validate: validateDateOfBirth,
		apply: (answers, step, iso) => withPersonAnswer(answers, person(step), 'date-of-birth', iso)
	};

export const nationalityQuestion: QuestionDefinition<'nationality', string> = {
	step: personStep('nationality'),
	fields: ['nationality'],
	savedValues: (answers, step) => ({
		nationality: personAnswer(answers, person(step), 'nationality') ?? ''
	}),
	validate: validateNationality,
	apply: (answers, step, code) => withPersonAnswer(answers, person(step), 'nationality', code)
};

export const phoneQuestion: QuestionDefinition<'phone', string | null> = {
	step: () => ({ kind: 'phone' }),
	fields: ['phone'],
	savedValues: (answers) => ({ phone: answers.phone ?? '' }),
	validate: validatePhone,
	apply: (answers, _step, phone) => ({ ...answers, phone })
};

const addressFields = [
	'address_line1',
	'address_line2',
	'address_city',
	'address_state',
	'address_zip'
] as const;

export const addressQuestion: QuestionDefinition<
	(typeof addressFields)[number],
	RegistrationAnswers['usAddress']
> = {
	step: () => ({ kind: 'address' }),
	fields: addressFields,
	savedValues: (answers) => {
		const a = answers.usAddress;
		return {
			address_line1: a?.line1 ?? '',
			address_line2: a?.line2 ?? '',
			address_city: a?.city ?? '',
			address_state: a?.state ?? '',
			address_zip: a?.zip ?? ''
		};
	},
	validate: validateUsAddress,
	apply: (answers, _step, usAddress) => ({ ...answers, usAddress })
};

/** The questions by route, for the browser to answer the right one offline. */
export const questionsByRoute = {
	'/(public)/register/group-size': groupSizeQuestion,
	'/(public)/register/person/[n]/name': nameQuestion,
	'/(public)/register/person/[n]/date-of-birth': dateOfBirthQuestion,
	'/(public)/register/person/[n]/nationality': nationalityQuestion,
	'/(public)/register/phone': phoneQuestion,
	'/(public)/register/address': addressQuestion
} as const;

export type QuestionRouteId = keyof typeof questionsByRoute;

export type Answered<F extends string> =
	| { ok: true; answers: RegistrationAnswers }
	| { ok: false; values: FormFields<F>; errors: FieldErrors };

/** Checks a posted answer and, when it is valid, puts it with the others. */
export function answerQuestion<F extends string, V>(
	question: QuestionDefinition<F, V>,
	step: Step,
	answers: RegistrationAnswers,
	form: FormData,
	todayIso: string
): Answered<F> {
	const values = readFields(form, question.fields);
	const result = question.validate(values, todayIso);
	if (!result.ok) return { ok: false, values, errors: result.errors };
	return { ok: true, answers: question.apply(answers, step, result.value) };
}

/** Any one question, when which one is known only at run time (from the route). */
export type AnyQuestion = QuestionDefinition<string, unknown>;
