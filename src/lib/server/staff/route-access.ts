/**
 * Who may open each staff page: the first of two checks (the hook, by route id — `/ar/admin`
 * is `/admin`). The second is inside every load and action (`requireStaff`). A staff route
 * missing here is refused to everyone, and a test fails until it is added.
 */
import type { StaffRole } from '../db/schema';

export const everyone: readonly StaffRole[] = ['caseworker', 'officer', 'admin'];
export const admins: readonly StaffRole[] = ['admin'];
export const caseworkers: readonly StaffRole[] = ['caseworker', 'admin'];
export const officers: readonly StaffRole[] = ['officer', 'admin'];

export const staffRouteAccess: Readonly<Record<string, readonly StaffRole[] | 'signed-out'>> = {
	'/(staff)/staff/sign-in': 'signed-out',
	'/(staff)/staff': everyone,
	'/(staff)/staff/sign-out': everyone,
	'/(staff)/staff/refused': everyone,
	'/(staff)/staff/password': everyone,
	'/(staff)/staff/two-factor': everyone,
	'/(staff)/caseworker': caseworkers,
	'/(staff)/caseworker/register': caseworkers,
	'/(staff)/caseworker/applicants/[id]': caseworkers,
	'/(staff)/caseworker/applicants/[id]/slip': caseworkers,
	'/(staff)/caseworker/stop-acting': caseworkers,
	'/(staff)/admin/staff': admins,
	'/(staff)/admin/staff/[id]': admins,
	'/(staff)/admin/organisations/[id]': admins,
	'/(staff)/admin/audit': admins,
	'/(staff)/admin/kiosks': admins,
	'/(staff)/admin/allowlist': admins,
	'/(staff)/admin/ports': admins,
	'/(staff)/admin/ports/[id]': admins,
	'/(staff)/admin/ports/[id]/capacity': admins,
	'/(staff)/admin/allocation': admins,
	'/(staff)/admin/allocation/[date]': admins,
	'/(staff)/port': officers,
	'/(staff)/port/[portId]': officers,
	'/(staff)/port/[portId]/check-in': officers,
	'/(staff)/review': officers,
	'/(staff)/review/[id]': officers,
	'/(staff)/admin/exports': officers,
	'/(staff)/admin/exports/appointments.csv': officers,
	'/(staff)/admin/exports/runs.csv': officers,
	'/(staff)/admin/exports/audit.csv': admins,
	'/(staff)/admin/audio': admins,
	'/(staff)/admin/languages': admins
};

export const isStaffRoute = (routeId: string | null) => !!routeId?.startsWith('/(staff)/');

/** Pages a member of staff with a one-time password may open before choosing their own. */
export const beforePasswordChange = ['/(staff)/staff/password', '/(staff)/staff/sign-out'];
