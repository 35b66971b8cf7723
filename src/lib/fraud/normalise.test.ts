import { describe, expect, it } from 'vitest';
import {
	addressKey,
	foldName,
	nameKey,
	normaliseDate,
	normalisePhone,
	phoneticKey,
	similarDates,
	surnameOf
} from './normalise';

describe('names, folded for matching only', () => {
	it("unifies the apostrophes of K'iche' and Q'anjob'al names", () => {
		const forms = ["Ixchel Tz'ul", 'Ixchel Tz’ul', 'Ixchel Tzʼul', 'IXCHEL TZ‘UL', 'Ixchel Tz`ul'];
		expect(new Set(forms.map(nameKey))).toEqual(new Set(["ixchel tz'ul"]));
		expect(nameKey("Mateo Q'anjob'al")).toBe(nameKey('mateo Q’anjob’al'));
		// Sound keys ignore the apostrophe altogether: "Tzul" typed without one still meets it.
		expect(phoneticKey("tz'ul")).toBe(phoneticKey('tzul'));
	});
	it('ignores the order of the words, case and accents', () => {
		expect(nameKey('José María GARCÍA López')).toBe(nameKey('garcia lopez jose maria'));
		expect(foldName('Ｍａｒíａ')).toBe('maria');
		expect(nameKey('İsmail Yılmaz')).toBe('ismail yilmaz');
		expect(nameKey('Łukasz Øster')).toBe('lukasz oster');
	});
	it('reads Cyrillic as its Latin spelling', () => {
		expect(nameKey('Мухаммад Алиев')).toBe(nameKey('Muhammad Aliev'));
		expect(nameKey('Ольга Петрова')).toBe(nameKey('Olga Petrova'));
	});
	it('reads Chinese characters as pinyin, the given name as one word', () => {
		expect(nameKey('王小明')).toBe(nameKey('Wang Xiaoming'));
		expect(nameKey('李娜')).toBe(nameKey('Li Na'));
		expect(surnameOf('王小明')).toBe('wang');
	});
	it('folds Arabic script to Latin letters, the same for the same spelling', () => {
		expect(nameKey('محمد علي')).toMatch(/^[a-z' ]+$/);
		expect(nameKey('محمد علي')).toBe(nameKey('علي  محمد'));
		expect(nameKey('محمد علي')).not.toBe(nameKey('فاطمة علي'));
	});
	it('takes the first surname of two as the family name', () => {
		expect(surnameOf('Ana Lucía Pérez Gómez')).toBe('perez');
		expect(surnameOf('Jean Désir')).toBe('desir');
	});
});

describe('dates and phones', () => {
	it('keeps only real dates, and sees swapped day and month or one wrong digit as similar', () => {
		expect(normaliseDate('1990-3-4')).toBe('1990-03-04');
		expect(normaliseDate('1990-02-30')).toBeNull();
		expect(similarDates('1990-03-04', '1990-04-03')).toBe(true);
		expect(similarDates('1990-03-04', '1990-03-05')).toBe(true);
		expect(similarDates('1990-03-04', '1990-03-04')).toBe(false);
		expect(similarDates('1990-03-04', '1985-11-20')).toBe(false);
	});
	it('writes phones as E.164 (libphonenumber-js)', () => {
		expect(normalisePhone('(956) 555-0123')).toBe('+19565550123');
		expect(normalisePhone('+52 55 1234 5678')).toBe('+525512345678');
		expect(normalisePhone('+502 5123 4567')).toBe('+50251234567');
		expect(normalisePhone('12')).toBeNull();
	});
});

describe('U.S. addresses as people type them', () => {
	const key = (line1: string, line2 = '', zip = '78040') => addressKey({ line1, line2, zip });
	it('one house, however it is written', () => {
		const forms = [
			key('123 Main St', 'Apt 4B'),
			key('123 main street #4b'),
			key('123 Main St.', 'Unit 4-B', '78040-1234'),
			key('123  MAIN  STREET', 'apt. 4b'),
			key('123 Main Street Apt 4B')
		];
		expect(new Set(forms)).toEqual(new Set(['123 main st #4b 78040']));
	});
	it('unifies street types and directions', () => {
		expect(key('45 Elm Avenue')).toBe(key('45 elm ave'));
		expect(key('9 North Oak Road')).toBe(key('9 N. Oak Rd'));
		expect(key('1600 Pennsylvania Avenue NW', '', '20500')).toBe('1600 pennsylvania ave nw 20500');
	});
	it('keeps apart what is different: another unit, number or ZIP', () => {
		expect(key('123 Main St', 'Apt 4B')).not.toBe(key('123 Main St', 'Apt 5B'));
		expect(key('123 Main St')).not.toBe(key('125 Main St'));
		expect(key('123 Main St')).not.toBe(key('123 Main St', '', '78041'));
	});
	it('has no key without a house number or a ZIP', () => {
		expect(key('PO Box 12')).toBeNull();
		expect(key('123 Main St', '', '')).toBeNull();
	});
});
