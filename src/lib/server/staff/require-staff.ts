/**
 * The second check, inside every staff load and action: the acting member of staff, with one
 * of the roles allowed, or the request stops here.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import type { StaffRole } from '../db/schema';

export type StaffContext = NonNullable<App.Locals['staff']>;

export function requireStaff(event: RequestEvent, roles: readonly StaffRole[]): StaffContext {
	const staff = event.locals.staff;
	if (!staff) {
		if (event.request.method === 'GET') redirect(303, localizeHref('/staff/sign-in'));
		error(401, 'Sign in first');
	}
	if (!roles.includes(staff.role)) error(403, 'Not allowed for this role');
	return staff;
}
