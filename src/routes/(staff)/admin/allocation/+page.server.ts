import { fail, redirect } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import { localizeHref } from '$lib/paraglide/runtime';
import { config } from '$lib/server/config';
import {
	allocationToday,
	listRuns,
	pooledCount,
	previewRun,
	runNow
} from '$lib/server/allocation/admin-runs';
import { latestCutoff } from '$lib/server/allocation/scheduler';
import {
	allocationSettings,
	saveAllocationSettings,
	scheduleOf
} from '$lib/server/allocation/settings';
import { addDays } from '$lib/schemas/date-parts';
import { readFields } from '$lib/schemas/form-values';
import { validateRunDate, validateSettings } from '$lib/schemas/port-admin';
import { allPorts } from '$lib/server/ports/port-admin';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const db = appDb();
	const now = Date.now();
	return {
		settings: allocationSettings(db),
		timeZone: config.allocationTimeZone,
		// The date whose window is open now: the next run, unless changed.
		nextRunDate: addDays(latestCutoff(now, scheduleOf(db)).runDate, 1),
		pooled: pooledCount(db),
		portNames: Object.fromEntries(allPorts(db).map((p) => [p.id, p.name])),
		runs: listRuns(db)
	};
};

async function readRunDate(event: Parameters<Actions[string]>[0]) {
	const form = await readForm(event);
	const fields = readFields(form, ['date', 'confirm'] as const);
	return { fields, result: validateRunDate(fields.date, allocationToday(Date.now())) };
}

export const actions: Actions = {
	settings: async (event) => {
		const admin = requireStaff(event, admins);
		const fields = readFields(await readForm(event), [
			'cutoff',
			'seniority',
			'confirm_hours',
			'horizon'
		] as const);
		const result = validateSettings(fields);
		if (!result.ok)
			return fail(400, { form: 'settings', values: fields, errors: errorText(result.errors) });
		saveAllocationSettings(appDb(), result.value, { kind: 'staff', id: admin.id }, Date.now());
		return { form: 'settings', saved: true };
	},
	preview: async (event) => {
		requireStaff(event, admins);
		const { fields, result } = await readRunDate(event);
		if (!result.ok)
			return fail(400, { form: 'preview', values: fields, errors: errorText(result.errors) });
		const preview = previewRun(appDb(), result.value, Date.now());
		if (!preview)
			return fail(409, {
				form: 'preview',
				values: fields,
				errors: errorText({ date: 'run_date_already_run' })
			});
		return { form: 'preview', values: fields, preview };
	},
	run: async (event) => {
		const admin = requireStaff(event, admins);
		const { fields, result } = await readRunDate(event);
		if (!result.ok)
			return fail(400, { form: 'preview', values: fields, errors: errorText(result.errors) });
		if (fields.confirm !== 'yes') {
			// Refused without the ticked confirmation; the preview is shown again beside it.
			const preview = previewRun(appDb(), result.value, Date.now());
			return fail(400, {
				form: 'preview',
				values: fields,
				preview,
				errors: errorText({ confirm: 'run_confirm_required' })
			});
		}
		const done = runNow(appDb(), result.value, { kind: 'staff', id: admin.id }, Date.now());
		if (!done)
			return fail(409, {
				form: 'preview',
				values: fields,
				errors: errorText({ date: 'run_date_already_run' })
			});
		redirect(303, localizeHref(`/admin/allocation/${result.value}?saved=run`));
	}
};
