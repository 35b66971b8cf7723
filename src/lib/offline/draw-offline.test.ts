import { describe, expect, it } from 'vitest';
import { drawOffline } from './draw-offline';
import type { RegistrationAnswers } from '$lib/registration/flow';

const none = new URLSearchParams();
const two: RegistrationAnswers = {
	groupSize: 2,
	people: [{ fullName: 'Ana Pérez', dateOfBirth: '1990-04-02', nationality: 'HN' }, {}]
};

describe('drawing registration pages from the answers on the device', () => {
	it('draws a question with its saved answer, Back link and person', () => {
		const view = drawOffline('/(public)/register/person/[n]/name', { n: '1' }, none, two, 'es');
		expect(view).toMatchObject({
			kind: 'page',
			data: {
				values: { full_name: 'Ana Pérez' },
				backHref: '/register/group-size',
				groupSize: 2,
				returnToCheck: false
			}
		});
	});

	it('sends a question asked too early to the first open one', () => {
		expect(drawOffline('/(public)/register/phone', {}, none, two, 'en')).toEqual({
			kind: 'go',
			path: '/register/person/2/name'
		});
		expect(drawOffline('/(public)/register/person/[n]/name', { n: '1' }, none, {}, 'en')).toEqual({
			kind: 'go',
			path: '/register/group-size'
		});
	});

	it('gives the nationality question its countries in the page language', () => {
		const view = drawOffline(
			'/(public)/register/person/[n]/nationality',
			{ n: '1' },
			none,
			two,
			'es'
		);
		if (view.kind !== 'page') throw new Error(view.kind);
		const countries = view.data.countries as { value: string; label: string }[];
		expect(countries.find((c) => c.value === 'DE')?.label).toBe('Alemania');
		expect(view.data.values).toEqual({ nationality: 'HN' });
	});

	it('keeps "return to check" from the address', () => {
		const done: RegistrationAnswers = {
			...two,
			people: [two.people![0]!, two.people![0]!],
			phone: null,
			usAddress: null
		};
		const view = drawOffline(
			'/(public)/register/phone',
			{},
			new URLSearchParams('return=check'),
			done,
			'en'
		);
		expect(view).toMatchObject({ kind: 'page', data: { returnToCheck: true } });
	});

	it('draws the check page only when every question is answered', () => {
		expect(drawOffline('/(public)/register/check', {}, none, two, 'en')).toEqual({
			kind: 'go',
			path: '/register/person/2/name'
		});
		const done: RegistrationAnswers = {
			...two,
			people: [two.people![0]!, two.people![0]!],
			phone: null,
			usAddress: null
		};
		const view = drawOffline('/(public)/register/check', {}, none, done, 'es');
		expect(view).toMatchObject({
			kind: 'page',
			data: {
				groupSize: 2,
				people: [{ fullName: 'Ana Pérez', dateOfBirth: '2 de abril de 1990' }, {}]
			}
		});
	});

	it('draws nothing for a page that is not a registration question', () => {
		expect(drawOffline('/(public)/status', {}, none, two, 'en')).toEqual({ kind: 'missing' });
		expect(drawOffline('/(public)/register/person/[n]/name', { n: '99' }, none, two, 'en')).toEqual(
			{
				kind: 'missing'
			}
		);
	});
});
