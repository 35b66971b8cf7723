import { readForm } from '$lib/server/read-form';
import { auditForApplicant } from '$lib/server/audit/for-applicant';
import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { readFields } from '$lib/schemas/form-values';
import { addDays, isoToParts } from '$lib/schemas/date-parts';
import { validateTravelDate } from '$lib/schemas/request';
import { appDb } from '$lib/server/app';
import { config } from '$lib/server/config';
import { dateInZone } from '$lib/server/allocation/schedule';
import { loadRequestDraft, saveRequestDraft } from '$lib/server/booking/request-drafts';
import { errorText } from '$lib/i18n/error-text';
import { requireNoActiveRequest } from '$lib/server/request-access';
import type { Actions, PageServerLoad } from './$types';

const today = () => dateInZone(Date.now(), config.allocationTimeZone);

export const load: PageServerLoad = (event) => {
	const accountId = requireNoActiveRequest(event);
	const draft = loadRequestDraft(appDb(), accountId);
	if (!draft.portIds?.length) redirect(303, localizeHref('/request/ports'));
	const saved = isoToParts(draft.earliestDate);
	const example = isoToParts(addDays(today(), 7));
	return {
		values: { 'travel-day': saved.day, 'travel-month': saved.month, 'travel-year': saved.year },
		example: `${example.day} ${example.month} ${example.year}`
	};
};

export const actions: Actions = {
	default: async (event) => {
		const accountId = requireNoActiveRequest(event);
		const form = await readForm(event);
		const fields = readFields(form, ['travel-day', 'travel-month', 'travel-year'] as const);
		const result = validateTravelDate(fields, today());
		if (!result.ok) return fail(400, { values: fields, errors: errorText(result.errors) });
		const db = appDb();
		const draft = loadRequestDraft(db, accountId);
		saveRequestDraft(db, accountId, { ...draft, earliestDate: result.value }, Date.now());
		auditForApplicant(event, 'request.date_chosen', { earliestDate: result.value });
		redirect(303, localizeHref('/request/check'));
	}
};
