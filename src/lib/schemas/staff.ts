/** Staff forms: what must be there and in what shape. Pure; errors are message keys. */
import { cleanText, type FormFields } from './form-values';
import { invalid, valid, type FieldErrors, type Validation } from './result';

const minPassword = 12;
const maxPassword = 200;
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const staffRoleChoices = ['caseworker', 'officer', 'admin'] as const;
export type StaffRoleChoice = (typeof staffRoleChoices)[number];

const done = <T>(errors: FieldErrors, value: T): Validation<T> =>
	Object.keys(errors).length ? invalid(errors) : valid(value);

export function validateStaffSignIn(
	fields: FormFields<'email' | 'password' | 'code'>
): Validation<{ email: string; password: string; code: string }> {
	const errors: FieldErrors = {};
	const email = cleanText(fields.email);
	if (!email) errors.email = 'staff_email_required';
	if (!fields.password) errors.password = 'staff_password_required';
	return done(errors, { email, password: fields.password, code: fields.code.trim() });
}

export function validateNewPassword(
	fields: FormFields<'password' | 'password_again'>
): Validation<string> {
	const errors: FieldErrors = {};
	// Counted in characters people see, not UTF-16 units: a passphrase may be in any script.
	const length = [...fields.password].length;
	if (length < minPassword) errors.password = 'staff_password_too_short';
	else if (length > maxPassword) errors.password = 'staff_password_too_long';
	else if (fields.password !== fields.password_again)
		errors.password_again = 'staff_password_mismatch';
	return done(errors, fields.password);
}

/** Name, role and organisation: the fields an administrator gives when adding or changing staff. */
function validateStaffFields(
	fields: FormFields<'name' | 'role' | 'organisation'>,
	errors: FieldErrors
): { name: string; role: StaffRoleChoice; organisationId: number } {
	const name = cleanText(fields.name);
	if (!name) errors.name = 'staff_name_required';
	else if ([...name].length > 100) errors.name = 'staff_name_too_long';
	const role = staffRoleChoices.find((r) => r === fields.role);
	if (!role) errors.role = 'staff_role_required';
	const organisationId = /^\d{1,9}$/.test(fields.organisation) ? Number(fields.organisation) : 0;
	if (!organisationId) errors.organisation = 'staff_organisation_required';
	return { name, role: role ?? 'caseworker', organisationId };
}

export function validateNewStaff(
	fields: FormFields<'name' | 'email' | 'role' | 'organisation'>
): Validation<{ name: string; email: string; role: StaffRoleChoice; organisationId: number }> {
	const errors: FieldErrors = {};
	const checked = validateStaffFields(fields, errors);
	const email = cleanText(fields.email).toLowerCase();
	if (!email) errors.email = 'staff_email_required';
	else if (!emailShape.test(email) || email.length > 254) errors.email = 'staff_email_invalid';
	return done(errors, { ...checked, email });
}

/** An administrator's change to a member of staff: name, role and organisation. */
export function validateStaffChange(
	fields: FormFields<'name' | 'role' | 'organisation'>
): Validation<{ name: string; role: StaffRoleChoice; organisationId: number }> {
	const errors: FieldErrors = {};
	const checked = validateStaffFields(fields, errors);
	return done(errors, checked);
}

/**
 * Whether a role fits an organisation. An officer works at the port of their organisation
 * (and sees nothing else), so an officer must belong to a port's organisation.
 */
export function roleFitsOrganisation(
	role: StaffRoleChoice,
	organisation: { kind: string; portId: string | null }
): boolean {
	return role !== 'officer' || (organisation.kind === 'port' && organisation.portId !== null);
}
