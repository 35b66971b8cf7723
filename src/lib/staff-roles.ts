/** A staff role in the reader's language. */
import { m } from '$lib/i18n/m';

export function roleName(role: string): string {
	if (role === 'admin') return m.staff_role_admin();
	if (role === 'officer') return m.staff_role_officer();
	return m.staff_role_caseworker();
}
