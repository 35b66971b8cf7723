/**
 * The exports page. Its forms are GET forms: ports and days are not personal data, and a
 * download is a read. The appointments and audit forms come back to this page, whose load
 * checks the query: valid, it sends the browser on to the CSV (303), which downloads while this
 * page stays in view; refused, the page is drawn again with each problem next to its field,
 * answering 400 like a refused form post (locals.invalidQuery; see hooks.server.ts). The forms
 * submit natively (data-sveltekit-reload), so this is the same with and without JavaScript.
 * The CSV endpoints check the query again themselves: their URLs can be typed or scripted.
 */
import { error, redirect } from '@sveltejs/kit';
import { errorText } from '$lib/i18n/error-text';
import { localizeHref } from '$lib/paraglide/runtime';
import { appDb } from '$lib/server/app';
import { allPorts, exportablePorts } from '$lib/server/exports/export-access';
import {
	maxRangeDays,
	readQuery,
	validateAppointmentsQuery,
	validateAuditQuery
} from '$lib/server/exports/export-query';
import { requireStaff } from '$lib/server/staff/require-staff';
import { officers } from '$lib/server/staff/route-access';
import type { FieldErrors } from '$lib/schemas/result';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event, officers);
	const db = appDb();
	const ports = exportablePorts(db, staff);
	const params = event.url.searchParams;
	let values: Record<string, string> = {};
	let problems: FieldErrors = {};

	if (params.get('export') === 'appointments') {
		const fields = readQuery(params, ['port', 'from', 'to'] as const);
		values = fields;
		const query = validateAppointmentsQuery(
			fields,
			allPorts(db).map((p) => p.id)
		);
		if (query.ok) {
			if (!ports.some((p) => p.id === query.value.portId)) {
				error(403, 'Not allowed for this port');
			}
			const { portId: port, from, to } = query.value;
			redirect(303, csvHref('appointments', { port, from, to }));
		}
		problems = query.errors;
	} else if (params.get('export') === 'audit') {
		if (staff.role !== 'admin') error(403, 'Not allowed for this role');
		const fields = readQuery(params, ['audit_from', 'audit_to'] as const);
		values = fields;
		const query = validateAuditQuery({ from: fields.audit_from, to: fields.audit_to });
		if (query.ok) redirect(303, csvHref('audit', query.value));
		// The audit form's fields are named apart from the appointments form's on the page.
		problems = Object.fromEntries(Object.entries(query.errors).map(([k, v]) => [`audit_${k}`, v]));
	}

	const errors = errorText(problems);
	if (Object.keys(errors).length) event.locals.invalidQuery = true;
	return {
		role: staff.role,
		ports: ports.map((p) => ({ value: p.id, label: p.name })),
		maxRangeDays,
		values,
		errors
	};
};

function csvHref(kind: 'appointments' | 'audit', query: Record<string, string | undefined>) {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(query)) if (value) search.set(name, value);
	const suffix = search.size ? `?${search}` : '';
	return localizeHref(`/admin/exports/${kind}.csv${suffix}`);
}
