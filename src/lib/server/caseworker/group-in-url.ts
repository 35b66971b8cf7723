import { error, type RequestEvent } from '@sveltejs/kit';
import { appDb } from '../app';
import type { StaffContext } from '../staff/require-staff';
import { helpedGroup } from './applicants';

/** The group in the URL, if this member of staff may see it (others: 404, as if absent). */
export function groupInUrl(event: RequestEvent, staff: StaffContext) {
	const id = event.params.id ?? '';
	const group = /^\d{1,9}$/.test(id) ? helpedGroup(appDb(), staff, Number(id)) : null;
	if (!group) error(404, 'Not found');
	return group;
}
