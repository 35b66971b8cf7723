import { describe, expect, it } from 'vitest';
import { validateSignIn } from './sign-in';

describe('validateSignIn', () => {
	it('passes both fields on, trimmed, with spaces taken out of the PIN', () => {
		expect(validateSignIn({ code: ' T7K-4QX-9MP ', pin: '123 456' })).toEqual({
			ok: true,
			value: { code: 'T7K-4QX-9MP', pin: '123456' }
		});
	});

	it('does not judge whether the code or PIN is right', () => {
		expect(validateSignIn({ code: 'anything', pin: 'x' })).toEqual({
			ok: true,
			value: { code: 'anything', pin: 'x' }
		});
	});

	it('asks for the code', () => {
		expect(validateSignIn({ code: '  ', pin: '123456' })).toEqual({
			ok: false,
			errors: { code: 'error_sign_in_code_required' }
		});
	});

	it('asks for the PIN', () => {
		expect(validateSignIn({ code: 'T7K-4QX-9MP', pin: ' \t ' })).toEqual({
			ok: false,
			errors: { pin: 'error_sign_in_pin_required' }
		});
	});

	it('asks for both when both are missing', () => {
		expect(validateSignIn({ code: '', pin: '' })).toEqual({
			ok: false,
			errors: { code: 'error_sign_in_code_required', pin: 'error_sign_in_pin_required' }
		});
	});
});
