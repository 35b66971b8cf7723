import { error, fail } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import { config } from '$lib/server/config';
import { decideFlag, flagDetail } from '$lib/server/fraud/review';
import { allPorts } from '$lib/server/ports/port-admin';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { officers } from '$lib/server/staff/route-access';
import { decisionsFor, maxReviewNote, reviewNoteReadLength } from '$lib/schemas/review';
import { readFields } from '$lib/schemas/form-values';
import type { Actions, PageServerLoad } from './$types';

const flagId = (param: string | undefined): number => {
	if (!param || !/^\d{1,12}$/.test(param)) error(404, 'No such flag');
	return Number(param);
};

export const load: PageServerLoad = (event) => {
	requireStaff(event, officers);
	const db = appDb();
	const detail = flagDetail(db, flagId(event.params.id));
	if (!detail) error(404, 'No such flag');
	return {
		...detail,
		decisions: decisionsFor(detail.flag.kind),
		maxNote: maxReviewNote,
		portNames: Object.fromEntries(allPorts(db).map((p) => [p.id, p.name])),
		timeZone: config.allocationTimeZone
	};
};

export const actions: Actions = {
	decide: async (event) => {
		const staff = requireStaff(event, officers);
		const id = flagId(event.params.id);
		const form = await readForm(event);
		const { decision } = readFields(form, ['decision'] as const);
		// The note may be longer than an ordinary field: read enough of it to say it is too long.
		const raw = form.get('note');
		const note = typeof raw === 'string' ? raw.slice(0, reviewNoteReadLength) : '';
		const db = appDb();
		const outcome = decideFlag(db, id, decision, note, { kind: 'staff', id: staff.id }, Date.now());
		if (!outcome.ok) {
			if (outcome.problem === 'not_found') error(404, 'No such flag');
			return fail(400, { values: { decision, note }, errors: errorText(outcome.errors) });
		}
		const survivor = outcome.merged.length
			? flagDetail(db, id)?.accounts.find((a) => a.id === outcome.survivor)?.bookingCode
			: undefined;
		return { decided: true, merged: outcome.merged.length, survivor: survivor ?? '' };
	}
};
