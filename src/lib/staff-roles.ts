/** Staff roles and kinds of organisation in the reader's language. */
import { m } from '$lib/i18n/m';

export function roleName(role: string): string {
	if (role === 'admin') return m.staff_role_admin();
	if (role === 'officer') return m.staff_role_officer();
	return m.staff_role_caseworker();
}

/** The roles as choices of a list, in the order an administrator reads them. */
export const roleChoices = () =>
	['caseworker', 'officer', 'admin'].map((r) => ({ value: r, label: roleName(r) }));

export function organisationKindName(kind: string): string {
	if (kind === 'port') return m.staff_org_kind_port();
	if (kind === 'ngo') return m.staff_org_kind_ngo();
	return m.staff_org_kind_government();
}
