import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	roleFitsOrganisation,
	validateNewPassword,
	validateNewStaff,
	validateStaffChange,
	validateStaffSignIn
} from './staff';

describe('staff forms', () => {
	it('needs an email and a password to sign in', () => {
		expect(validateStaffSignIn({ email: ' ', password: '', code: '' })).toEqual({
			ok: false,
			errors: { email: 'staff_email_required', password: 'staff_password_required' }
		});
		expect(validateStaffSignIn({ email: ' a@b.org ', password: 'pw', code: ' 123 456 ' })).toEqual({
			ok: true,
			value: { email: 'a@b.org', password: 'pw', code: '123 456' }
		});
	});

	it('takes passwords of 12 to 200 characters in any script, typed twice the same', () => {
		expect(validateNewPassword({ password: 'short', password_again: 'short' })).toMatchObject({
			errors: { password: 'staff_password_too_short' }
		});
		expect(
			validateNewPassword({ password: 'x'.repeat(201), password_again: 'x'.repeat(201) })
		).toMatchObject({ errors: { password: 'staff_password_too_long' } });
		expect(
			validateNewPassword({ password: 'abcdefghijkl', password_again: 'abcdefghijkm' })
		).toMatchObject({ errors: { password_again: 'staff_password_mismatch' } });
		const arabic = 'كلمة سر طويلة جدا';
		expect(validateNewPassword({ password: arabic, password_again: arabic })).toEqual({
			ok: true,
			value: arabic
		});
	});

	it('checks a new member of staff', () => {
		expect(
			validateNewStaff({
				name: 'Ana',
				email: 'ANA@Shelter.org',
				role: 'caseworker',
				organisation: '2'
			})
		).toEqual({
			ok: true,
			value: { name: 'Ana', email: 'ana@shelter.org', role: 'caseworker', organisationId: 2 }
		});
		expect(validateNewStaff({ name: '', email: 'nope', role: 'root', organisation: 'x' })).toEqual({
			ok: false,
			errors: {
				name: 'staff_name_required',
				email: 'staff_email_invalid',
				role: 'staff_role_required',
				organisation: 'staff_organisation_required'
			}
		});
	});

	it('checks a change to a member of staff: a name of at most 100 characters, a role, an organisation', () => {
		expect(validateStaffChange({ name: ' Ana  María ', role: 'admin', organisation: '7' })).toEqual(
			{
				ok: true,
				value: { name: 'Ana María', role: 'admin', organisationId: 7 }
			}
		);
		expect(
			validateStaffChange({ name: 'é'.repeat(101), role: 'officer', organisation: '0' })
		).toEqual({
			ok: false,
			errors: { name: 'staff_name_too_long', organisation: 'staff_organisation_required' }
		});
		// 100 characters people see, in a script of two UTF-16 units each, is still fine.
		expect(
			validateStaffChange({ name: '𠀀'.repeat(100), role: 'officer', organisation: '1' }).ok
		).toBe(true);
	});

	it('puts officers only in the organisation of a port', () => {
		const port = { kind: 'port', portId: 'laredo' };
		const shelter = { kind: 'ngo', portId: null };
		expect(roleFitsOrganisation('officer', port)).toBe(true);
		expect(roleFitsOrganisation('officer', shelter)).toBe(false);
		expect(roleFitsOrganisation('officer', { kind: 'port', portId: null })).toBe(false);
		expect(roleFitsOrganisation('caseworker', shelter)).toBe(true);
		expect(roleFitsOrganisation('admin', shelter)).toBe(true);
	});

	it('never throws, whatever is sent', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, b, c, d) => {
				validateStaffSignIn({ email: a, password: b, code: c });
				validateNewPassword({ password: a, password_again: b });
				validateNewStaff({ name: a, email: b, role: c, organisation: d });
				validateStaffChange({ name: a, role: c, organisation: d });
			})
		);
	});
});
