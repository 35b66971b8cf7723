/**
 * The order of registration questions, worked out from the answers so far. Pure: the pages
 * ask it where Back goes, where Continue goes, and whether a question may be shown yet.
 */
export type PersonAnswers = { fullName?: string; dateOfBirth?: string; nationality?: string };
export type UsAddressAnswer = {
	line1: string;
	line2: string;
	city: string;
	state: string;
	zip: string;
};

export type RegistrationAnswers = {
	groupSize?: number;
	people?: PersonAnswers[];
	/** null: answered with no phone; undefined: not asked yet. */
	phone?: string | null;
	usAddress?: UsAddressAnswer | null;
};

export type PersonQuestion = 'name' | 'date-of-birth' | 'nationality';
export type Step =
	| { kind: 'group-size' }
	| { kind: 'person'; question: PersonQuestion; person: number }
	| { kind: 'phone' }
	| { kind: 'address' }
	| { kind: 'check' };

const personQuestions: PersonQuestion[] = ['name', 'date-of-birth', 'nationality'];
const personField: Record<PersonQuestion, keyof PersonAnswers> = {
	name: 'fullName',
	'date-of-birth': 'dateOfBirth',
	nationality: 'nationality'
};

export function stepPath(step: Step): string {
	switch (step.kind) {
		case 'person':
			return `/register/person/${step.person}/${step.question}`;
		default:
			return `/register/${step.kind}`;
	}
}

/** Every question for these answers, in order, ending with the check page. */
export function allSteps(answers: RegistrationAnswers): Step[] {
	const steps: Step[] = [{ kind: 'group-size' }];
	for (let person = 1; person <= (answers.groupSize ?? 0); person++) {
		for (const question of personQuestions) steps.push({ kind: 'person', question, person });
	}
	if (answers.groupSize) steps.push({ kind: 'phone' }, { kind: 'address' });
	steps.push({ kind: 'check' });
	return steps;
}

export function isAnswered(step: Step, answers: RegistrationAnswers): boolean {
	switch (step.kind) {
		case 'group-size':
			return answers.groupSize !== undefined;
		case 'person':
			return answers.people?.[step.person - 1]?.[personField[step.question]] !== undefined;
		case 'phone':
			return answers.phone !== undefined;
		case 'address':
			return answers.usAddress !== undefined;
		case 'check':
			return false;
	}
}

export function sameStep(a: Step, b: Step): boolean {
	return stepPath(a) === stepPath(b);
}

/** The first question without an answer (the check page when all are answered). */
export function firstUnanswered(answers: RegistrationAnswers): Step {
	return allSteps(answers).find((s) => !isAnswered(s, answers)) ?? { kind: 'check' };
}

/** A question may be shown once every question before it has an answer. */
export function isReachable(step: Step, answers: RegistrationAnswers): boolean {
	const steps = allSteps(answers);
	const index = steps.findIndex((s) => sameStep(s, step));
	return index !== -1 && steps.slice(0, index).every((s) => isAnswered(s, answers));
}

/** Where Back goes: the question before, or the start page before the first. */
export function previousPath(step: Step, answers: RegistrationAnswers): string {
	const steps = allSteps(answers);
	const index = steps.findIndex((s) => sameStep(s, step));
	return index > 0 ? stepPath(steps[index - 1]!) : '/start';
}

/**
 * Where Continue goes. After a change made from the check page, back to it, unless the
 * change opened new questions (a bigger group), which come first.
 */
export function nextPath(step: Step, answers: RegistrationAnswers, returnToCheck: boolean): string {
	if (returnToCheck) return stepPath(firstUnanswered(answers));
	const steps = allSteps(answers);
	const index = steps.findIndex((s) => sameStep(s, step));
	const next = steps[index + 1] ?? { kind: 'check' };
	return isReachable(next, answers) ? stepPath(next) : stepPath(firstUnanswered(answers));
}

/** Sets the group size, keeping the people already answered that still fit. */
export function withGroupSize(
	answers: RegistrationAnswers,
	groupSize: number
): RegistrationAnswers {
	const people = (answers.people ?? []).slice(0, groupSize);
	return { ...answers, groupSize, people };
}

export function withPersonAnswer(
	answers: RegistrationAnswers,
	person: number,
	question: PersonQuestion,
	value: string
): RegistrationAnswers {
	const people = [...(answers.people ?? [])];
	while (people.length < person) people.push({});
	people[person - 1] = { ...people[person - 1], [personField[question]]: value };
	return { ...answers, people };
}

export function personAnswer(
	answers: RegistrationAnswers,
	person: number,
	question: PersonQuestion
): string | undefined {
	return answers.people?.[person - 1]?.[personField[question]];
}

/** True when every question has an answer and the group can become an account. */
export function isComplete(answers: RegistrationAnswers): boolean {
	return firstUnanswered(answers).kind === 'check';
}
