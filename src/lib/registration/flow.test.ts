import { describe, expect, it } from 'vitest';
import {
	allSteps,
	firstUnanswered,
	isComplete,
	isReachable,
	nextPath,
	personAnswer,
	previousPath,
	stepPath,
	withGroupSize,
	withPersonAnswer,
	type RegistrationAnswers,
	type Step
} from './flow';

const ana = { fullName: 'Ana López', dateOfBirth: '1990-03-07', nationality: 'MX' };
const luis = { fullName: 'Luis López', dateOfBirth: '2015-08-01', nationality: 'MX' };
const rosa = { fullName: 'Rosa López', dateOfBirth: '1960-01-20', nationality: 'GT' };

const completeTwo: RegistrationAnswers = {
	groupSize: 2,
	people: [ana, luis],
	phone: null,
	usAddress: null
};

const person = (n: number, question: 'name' | 'date-of-birth' | 'nationality'): Step => ({
	kind: 'person',
	person: n,
	question
});

describe('allSteps', () => {
	it('asks only the group size before it is known', () => {
		expect(allSteps({}).map(stepPath)).toEqual(['/register/group-size', '/register/check']);
	});

	it('asks three questions per person, then phone, address and the check page', () => {
		const paths = allSteps({ groupSize: 2 }).map(stepPath);
		expect(paths).toHaveLength(1 + 2 * 3 + 2 + 1);
		expect(paths).toEqual([
			'/register/group-size',
			'/register/person/1/name',
			'/register/person/1/date-of-birth',
			'/register/person/1/nationality',
			'/register/person/2/name',
			'/register/person/2/date-of-birth',
			'/register/person/2/nationality',
			'/register/phone',
			'/register/address',
			'/register/check'
		]);
	});

	it('grows with the group', () => {
		expect(allSteps({ groupSize: 1 })).toHaveLength(1 + 3 + 2 + 1);
		expect(allSteps({ groupSize: 12 })).toHaveLength(1 + 36 + 2 + 1);
	});
});

describe('firstUnanswered', () => {
	it('starts with the group size', () => {
		expect(firstUnanswered({})).toEqual({ kind: 'group-size' });
	});

	it('finds the next missing person answer', () => {
		expect(firstUnanswered({ groupSize: 2 })).toEqual(person(1, 'name'));
		expect(firstUnanswered({ groupSize: 2, people: [ana, { fullName: 'Luis' }] })).toEqual(
			person(2, 'date-of-birth')
		);
	});

	it('treats "no phone" and "no address" as answers', () => {
		expect(firstUnanswered({ groupSize: 2, people: [ana, luis] })).toEqual({ kind: 'phone' });
		expect(firstUnanswered({ groupSize: 2, people: [ana, luis], phone: null })).toEqual({
			kind: 'address'
		});
		expect(firstUnanswered(completeTwo)).toEqual({ kind: 'check' });
		expect(isComplete(completeTwo)).toBe(true);
	});

	it('is not complete while anything is missing', () => {
		expect(isComplete({})).toBe(false);
		expect(isComplete({ ...completeTwo, usAddress: undefined })).toBe(false);
		expect(isComplete({ ...completeTwo, people: [ana, { ...luis, nationality: undefined }] })).toBe(
			false
		);
	});
});

describe('isReachable', () => {
	it('lets anyone start', () => {
		expect(isReachable({ kind: 'group-size' }, {})).toBe(true);
	});

	it('cannot reach person 2 before person 1 is answered', () => {
		const partial: RegistrationAnswers = {
			groupSize: 2,
			people: [{ fullName: 'Ana', dateOfBirth: '1990-03-07' }]
		};
		expect(isReachable(person(1, 'nationality'), partial)).toBe(true);
		expect(isReachable(person(2, 'name'), partial)).toBe(false);
		expect(isReachable(person(2, 'name'), { groupSize: 2, people: [ana] })).toBe(true);
	});

	it('cannot skip ahead to the phone or the check page', () => {
		expect(isReachable({ kind: 'phone' }, { groupSize: 1 })).toBe(false);
		expect(isReachable({ kind: 'check' }, { ...completeTwo, phone: undefined })).toBe(false);
		expect(isReachable({ kind: 'check' }, completeTwo)).toBe(true);
	});

	it('cannot reach a person outside the group', () => {
		expect(isReachable(person(3, 'name'), completeTwo)).toBe(false);
		expect(isReachable(person(0, 'name'), completeTwo)).toBe(false);
	});

	it('lets a person go back to any earlier answered question', () => {
		expect(isReachable(person(1, 'name'), completeTwo)).toBe(true);
		expect(isReachable({ kind: 'group-size' }, completeTwo)).toBe(true);
	});
});

describe('previousPath', () => {
	it('goes to /start before the group size', () => {
		expect(previousPath({ kind: 'group-size' }, {})).toBe('/start');
	});

	it('goes to the question before', () => {
		expect(previousPath(person(1, 'name'), completeTwo)).toBe('/register/group-size');
		expect(previousPath(person(2, 'name'), completeTwo)).toBe('/register/person/1/nationality');
		expect(previousPath({ kind: 'phone' }, completeTwo)).toBe('/register/person/2/nationality');
		expect(previousPath({ kind: 'check' }, completeTwo)).toBe('/register/address');
	});
});

describe('nextPath', () => {
	it('goes to the next question', () => {
		expect(nextPath({ kind: 'group-size' }, { groupSize: 2 }, false)).toBe(
			'/register/person/1/name'
		);
		expect(nextPath(person(1, 'nationality'), { groupSize: 2, people: [ana] }, false)).toBe(
			'/register/person/2/name'
		);
		expect(nextPath({ kind: 'address' }, completeTwo, false)).toBe('/register/check');
	});

	it('goes to the first gap when the next question cannot be reached yet', () => {
		const gap: RegistrationAnswers = { groupSize: 2, people: [{ fullName: 'Ana' }, luis] };
		expect(nextPath(person(2, 'name'), gap, false)).toBe('/register/person/1/date-of-birth');
	});

	it('returns to the check page after a change made from it', () => {
		const changed = withPersonAnswer(completeTwo, 2, 'name', 'Luis Alberto López');
		expect(nextPath(person(2, 'name'), changed, true)).toBe('/register/check');
	});

	it('asks the new questions first when the group got bigger from the check page', () => {
		const bigger = withGroupSize(completeTwo, 3);
		expect(nextPath({ kind: 'group-size' }, bigger, true)).toBe('/register/person/3/name');
		const halfway = withPersonAnswer(bigger, 3, 'name', 'Rosa López');
		expect(nextPath(person(3, 'name'), halfway, true)).toBe('/register/person/3/date-of-birth');
	});

	it('returns to the check page when the group got smaller', () => {
		expect(nextPath({ kind: 'group-size' }, withGroupSize(completeTwo, 1), true)).toBe(
			'/register/check'
		);
	});
});

describe('withGroupSize', () => {
	it('keeps the first people when the group shrinks', () => {
		const three = { ...completeTwo, groupSize: 3, people: [ana, luis, rosa] };
		const one = withGroupSize(three, 1);
		expect(one.groupSize).toBe(1);
		expect(one.people).toEqual([ana]);
		expect(one.phone).toBeNull();
		expect(withGroupSize(three, 2).people).toEqual([ana, luis]);
	});

	it('keeps everyone when the group grows', () => {
		const bigger = withGroupSize(completeTwo, 4);
		expect(bigger.groupSize).toBe(4);
		expect(bigger.people).toEqual([ana, luis]);
		expect(isComplete(bigger)).toBe(false);
	});

	it('does not change the answers it was given', () => {
		const three = { groupSize: 3, people: [ana, luis, rosa] };
		withGroupSize(three, 1);
		expect(three.people).toHaveLength(3);
		expect(three.groupSize).toBe(3);
	});
});

describe('withPersonAnswer and personAnswer', () => {
	it('stores an answer for a person and reads it back', () => {
		const answers = withPersonAnswer({ groupSize: 2 }, 2, 'nationality', 'HT');
		expect(personAnswer(answers, 2, 'nationality')).toBe('HT');
		expect(personAnswer(answers, 1, 'nationality')).toBeUndefined();
		expect(answers.people).toHaveLength(2);
	});

	it('keeps the other answers of that person', () => {
		const answers = withPersonAnswer(completeTwo, 1, 'name', 'Ana María López');
		expect(answers.people?.[0]).toEqual({ ...ana, fullName: 'Ana María López' });
		expect(answers.people?.[1]).toEqual(luis);
		expect(completeTwo.people?.[0]).toEqual(ana);
	});
});
