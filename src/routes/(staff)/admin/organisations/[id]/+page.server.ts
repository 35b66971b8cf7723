import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { appDb } from '$lib/server/app';
import { cleanText, readFields } from '$lib/schemas/form-values';
import { allPorts, findPort } from '$lib/server/ports/port-admin';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import { changeOrganisation, findOrganisation, listStaff } from '$lib/server/staff/staff-users';
import type { Actions, PageServerLoad } from './$types';

function organisationOr404(id: string) {
	const found = /^\d{1,9}$/.test(id) ? findOrganisation(appDb(), Number(id)) : undefined;
	if (!found) error(404, 'No such organisation');
	return found;
}

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const organisation = organisationOr404(event.params.id);
	const db = appDb();
	return {
		organisation: {
			id: organisation.id,
			name: organisation.name,
			kind: organisation.kind,
			port: organisation.portId ?? ''
		},
		members: listStaff(db)
			.filter((s) => s.organisationId === organisation.id)
			.map((s) => ({ id: s.id, name: s.name, role: s.role, active: s.active })),
		ports: allPorts(db).map((p) => ({ value: p.id, label: p.name }))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const admin = requireStaff(event, admins);
		const organisation = organisationOr404(event.params.id);
		const values = readFields(await readForm(event), ['org_name', 'org_port'] as const);
		const name = cleanText(values.org_name);
		// A port's officers work at that port: it is required for a port, ignored otherwise.
		const portId =
			organisation.kind === 'port' ? (findPort(appDb(), values.org_port)?.id ?? null) : null;
		const errors: Record<string, string> = {};
		if (!name) errors.org_name = m.staff_org_name_required();
		else if ([...name].length > 100) errors.org_name = m.staff_org_name_too_long();
		if (organisation.kind === 'port' && !portId) errors.org_port = m.staff_org_port_required();
		if (Object.keys(errors).length) return fail(400, { values, errors });
		changeOrganisation(
			appDb(),
			organisation.id,
			{ name, portId },
			{ kind: 'staff', id: admin.id },
			Date.now()
		);
		return { saved: true };
	}
};
