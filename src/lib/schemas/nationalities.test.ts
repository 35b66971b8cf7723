import { describe, expect, it } from 'vitest';
import {
	countryCodes,
	isNationalityCode,
	nationalityName,
	nationalityOptions
} from './nationalities';

describe('nationalities', () => {
	it('include every country people most often come from', () => {
		const common =
			'MX GT HN SV NI CR PA CU HT DO VE CO EC PE BR CL AR RU UA CN IN PK BD NP VN AF TR SN MR CM GH NG ER ET SO AO CD';
		for (const code of common.split(' ')) expect(isNationalityCode(code), code).toBe(true);
	});

	it('are exactly the ISO 3166-1 countries the platform can name, once each, plus stateless', () => {
		const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
		expect(new Set(countryCodes).size).toBe(countryCodes.length);
		for (const code of countryCodes) expect(names.of(code), code).toBeTruthy();
		expect(countryCodes.length).toBe(249);
		expect(isNationalityCode('XX')).toBe(true);
		expect(isNationalityCode('ZZ')).toBe(false);
		expect(isNationalityCode('gt')).toBe(false);
	});

	it('are named and sorted in the person’s language', () => {
		const es = nationalityOptions('es');
		expect(es.find((o) => o.code === 'HT')?.name).toBe('Haití');
		const names = es.map((o) => o.name);
		expect(names).toEqual([...names].sort(new Intl.Collator('es').compare));
		expect(nationalityName('DE', 'es')).toBe('Alemania');
		expect(nationalityName('XX', 'es')).toBe('');
	});
});
