import { redirect } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { localizeHref } from '$lib/paraglide/runtime';
import { portsOf } from '$lib/server/port-day/officer-port';
import { requireStaff } from '$lib/server/staff/require-staff';
import { officers } from '$lib/server/staff/route-access';
import type { PageServerLoad } from './$types';

/** An officer goes straight to their port's day; an administrator chooses a port. */
export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event, officers);
	const ports = portsOf(appDb(), staff);
	if (staff.role === 'officer' && ports.length === 1)
		redirect(303, localizeHref(`/port/${ports[0]!.id}`));
	return { ports: ports.map((p) => ({ id: p.id, name: p.name })) };
};
