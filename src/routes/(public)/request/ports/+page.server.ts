import { readForm } from '$lib/server/read-form';
import { auditForApplicant } from '$lib/server/audit/for-applicant';
import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { readFields } from '$lib/schemas/form-values';
import { validatePortChoices } from '$lib/schemas/request';
import { appDb } from '$lib/server/app';
import { loadRequestDraft, saveRequestDraft } from '$lib/server/booking/request-drafts';
import { errorText } from '$lib/i18n/error-text';
import { activePorts } from '$lib/server/ports';
import { requireNoActiveRequest } from '$lib/server/request-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const accountId = requireNoActiveRequest(event);
	const saved = loadRequestDraft(appDb(), accountId).portIds ?? [];
	return {
		ports: activePorts(appDb()),
		values: { port_1: saved[0] ?? '', port_2: saved[1] ?? '', port_3: saved[2] ?? '' },
		returnToCheck: event.url.searchParams.get('return') === 'check'
	};
};

export const actions: Actions = {
	default: async (event) => {
		const accountId = requireNoActiveRequest(event);
		const form = await readForm(event);
		const fields = readFields(form, ['port_1', 'port_2', 'port_3'] as const);
		const db = appDb();
		const result = validatePortChoices(
			fields,
			activePorts(db).map((p) => p.id)
		);
		if (!result.ok) return fail(400, { values: fields, errors: errorText(result.errors) });
		const draft = loadRequestDraft(db, accountId);
		saveRequestDraft(db, accountId, { ...draft, portIds: result.value }, Date.now());
		auditForApplicant(event, 'request.ports_chosen', { ports: result.value });
		const next =
			form.get('return') === 'check' && draft.earliestDate ? '/request/check' : '/request/date';
		redirect(303, localizeHref(next));
	}
};
