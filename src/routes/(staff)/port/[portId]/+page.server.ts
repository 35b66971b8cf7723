import { fail } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { readFields } from '$lib/schemas/form-values';
import { isRealIsoDate } from '$lib/schemas/port-admin';
import { checkInByCode, markNoShow } from '$lib/server/port-day/check-in';
import { dayAppointments, daySummary, searchDay } from '$lib/server/port-day/day-list';
import { portToday, requirePort } from '$lib/server/port-day/officer-port';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { officers } from '$lib/server/staff/route-access';
import { checkInMessage } from '$lib/port-day/check-in-messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event, officers);
	const db = appDb();
	const port = requirePort(db, staff, event.params.portId);
	const today = portToday(port, Date.now());
	// Another day's list can be read (dates are not personal data); changes are for today only.
	const asked = event.url.searchParams.get('date') ?? '';
	const date = isRealIsoDate(asked) ? asked : today;
	const list = dayAppointments(db, port.id, date);
	return {
		port: { id: port.id, name: port.name },
		date,
		isToday: date === today,
		appointments: list,
		summary: daySummary(list)
	};
};

export const actions: Actions = {
	// A search is posted, never put in the address: names must not land in logs or history.
	search: async (event) => {
		const staff = requireStaff(event, officers);
		const db = appDb();
		const port = requirePort(db, staff, event.params.portId);
		const { query } = readFields(await readForm(event), ['query'] as const);
		const list = dayAppointments(db, port.id, portToday(port, Date.now()));
		return { query, matches: searchDay(list, query.slice(0, 100)).map((a) => a.offerId) };
	},
	arrived: async (event) => {
		const staff = requireStaff(event, officers);
		const db = appDb();
		const port = requirePort(db, staff, event.params.portId);
		const { code } = readFields(await readForm(event), ['code'] as const);
		const now = Date.now();
		const outcome = checkInByCode(
			db,
			code,
			{ portId: port.id, date: portToday(port, now) },
			{ kind: 'staff', id: staff.id },
			now
		);
		if (!outcome.ok) return fail(409, { problem: checkInMessage(outcome.problem) });
		return { arrived: outcome.code };
	},
	noShow: async (event) => {
		const staff = requireStaff(event, officers);
		const db = appDb();
		const port = requirePort(db, staff, event.params.portId);
		const { offer } = readFields(await readForm(event), ['offer'] as const);
		if (!/^\d{1,12}$/.test(offer)) return fail(400, { problem: checkInMessage('not_found') });
		const now = Date.now();
		const outcome = markNoShow(
			db,
			Number(offer),
			{ portId: port.id, date: portToday(port, now) },
			{ kind: 'staff', id: staff.id },
			now
		);
		if (!outcome.ok) return fail(409, { problem: checkInMessage(outcome.problem) });
		return { noShow: outcome.code };
	}
};
