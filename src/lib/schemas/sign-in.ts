/** Sign-in form: both fields present. Whether they match is the server's business, not the schema's. */
import type { FormFields } from './form-values';
import { invalid, valid, type FieldErrors, type Validation } from './result';

export function validateSignIn(
	fields: FormFields<'code' | 'pin'>
): Validation<{ code: string; pin: string }> {
	const code = fields.code.trim();
	const pin = fields.pin.replace(/\s/g, '');
	const errors: FieldErrors = {};
	if (!code) errors.code = 'error_sign_in_code_required';
	if (!pin) errors.pin = 'error_sign_in_pin_required';
	return Object.keys(errors).length ? invalid(errors) : valid({ code, pin });
}
