import { error, fail } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import {
	capacityCalendar,
	changeDates,
	saveWeeklyPattern,
	weeklyPattern
} from '$lib/server/allocation/capacity-admin';
import { allocationSettings } from '$lib/server/allocation/settings';
import { findPort } from '$lib/server/ports/port-admin';
import { portToday } from '$lib/server/port-day/officer-port';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import { readFields } from '$lib/schemas/form-values';
import { validateDatesChange, validateTemplate } from '$lib/schemas/port-admin';
import type { Actions, PageServerLoad } from './$types';

function portOr404(id: string) {
	const found = findPort(appDb(), id);
	if (!found) error(404, 'No such port');
	return found;
}

const patternFields = Array.from({ length: 7 }, (_, d) => [`times_${d}`, `seats_${d}`]).flat();

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const db = appDb();
	const port = portOr404(event.params.id);
	const today = portToday(port, Date.now());
	// The calendar shows today and the booking horizon ahead: the days a run can offer.
	const days = allocationSettings(db).horizonDays + 1;
	return {
		port: { id: port.id, name: port.name },
		today,
		pattern: weeklyPattern(db, port.id),
		calendar: capacityCalendar(db, port.id, today, days)
	};
};

export const actions: Actions = {
	pattern: async (event) => {
		const admin = requireStaff(event, admins);
		const port = portOr404(event.params.id);
		const fields = readFields(await readForm(event), patternFields);
		const result = validateTemplate(fields);
		if (!result.ok)
			return fail(400, { form: 'pattern', values: fields, errors: errorText(result.errors) });
		saveWeeklyPattern(appDb(), port.id, result.value, { kind: 'staff', id: admin.id }, Date.now());
		return { form: 'pattern', saved: true };
	},
	dates: async (event) => {
		const admin = requireStaff(event, admins);
		const port = portOr404(event.params.id);
		const form = await readForm(event);
		const fields = readFields(form, ['from', 'to', 'times', 'seats', 'mode'] as const);
		const weekdays = form.getAll('weekdays').filter((d): d is string => typeof d === 'string');
		const today = portToday(port, Date.now());
		const result = validateDatesChange(fields, weekdays, today);
		if (!result.ok)
			return fail(400, {
				form: 'dates',
				values: { ...fields, weekdays: weekdays.join(',') },
				errors: errorText(result.errors)
			});
		changeDates(appDb(), port.id, result.value, { kind: 'staff', id: admin.id }, Date.now());
		return { form: 'dates', saved: true, changed: result.value.dates.length };
	}
};
