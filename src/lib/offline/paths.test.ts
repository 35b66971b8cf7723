import { describe, expect, it } from 'vitest';
import { inLocale, isQueueable, isRegistrationPage, localeOfPath, withoutLocale } from './paths';

describe('language prefixes', () => {
	it('reads the language of a path, English having none', () => {
		expect(localeOfPath('/es/status')).toBe('es');
		expect(localeOfPath('/quc/register/phone')).toBe('quc');
		expect(localeOfPath('/status')).toBe('en');
		expect(localeOfPath('/register/phone')).toBe('en');
		expect(localeOfPath('/xx/status')).toBe('en');
	});

	it('strips and adds the prefix', () => {
		expect(withoutLocale('/ar/ticket')).toBe('/ticket');
		expect(withoutLocale('/ar')).toBe('/');
		expect(withoutLocale('/ticket')).toBe('/ticket');
		expect(inLocale('/ticket', 'ar')).toBe('/ar/ticket');
		expect(inLocale('/', 'ar')).toBe('/ar');
		expect(inLocale('/ticket', 'en')).toBe('/ticket');
	});
});

describe('what works offline', () => {
	it('draws registration questions and the check page, nothing else', () => {
		for (const path of [
			'/register/group-size',
			'/register/person/1/name',
			'/register/person/12/date-of-birth',
			'/register/person/3/nationality',
			'/register/phone',
			'/register/address',
			'/register/check'
		]) {
			expect(isRegistrationPage(path), path).toBe(true);
		}
		for (const path of ['/register/done', '/register/person/1/other', '/status', '/sign-in']) {
			expect(isRegistrationPage(path), path).toBe(false);
		}
	});

	it('queues answers, requests, offer replies and cancelling, but not signing in or out', () => {
		for (const path of [
			'/register/phone',
			'/register/check',
			'/request/ports',
			'/request/date',
			'/request/check',
			'/status',
			'/status/cancel'
		]) {
			expect(isQueueable(path), path).toBe(true);
		}
		for (const path of ['/sign-in', '/sign-out', '/register/done', '/', '/staff/x']) {
			expect(isQueueable(path), path).toBe(false);
		}
	});
});
