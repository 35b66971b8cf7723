import { describe, expect, it } from 'vitest';
import {
	codeAlphabet,
	generateBookingCode,
	generatePin,
	normaliseBookingCode
} from './booking-code';

describe('booking codes', () => {
	it('are three groups of three unambiguous characters', () => {
		for (let i = 0; i < 200; i++) {
			const code = generateBookingCode();
			expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
			for (const ch of code.replace(/-/g, '')) expect(codeAlphabet).toContain(ch);
		}
	});

	it('never use characters people confuse', () => {
		for (const ch of '0O1IL5S2Z8BUV') expect(codeAlphabet).not.toContain(ch);
	});

	it('are read however they are typed', () => {
		expect(normaliseBookingCode('t7k 4qx 9mp')).toBe('T7K-4QX-9MP');
		expect(normaliseBookingCode('T7K4QX9MP')).toBe('T7K-4QX-9MP');
		expect(normaliseBookingCode('T7K–4QX–9MP')).toBe('T7K-4QX-9MP');
		expect(normaliseBookingCode('T7K-4QX-9M')).toBeNull();
		expect(normaliseBookingCode('O7K-4QX-9MP')).toBeNull();
	});

	it('PINs are six digits', () => {
		for (let i = 0; i < 200; i++) expect(generatePin()).toMatch(/^\d{6}$/);
	});
});
