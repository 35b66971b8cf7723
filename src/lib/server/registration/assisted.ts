/**
 * A registration a caseworker makes for a group (after the group's consent): only that
 * caseworker, signed in, may go on with it, and each answer is audited with them as actor.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { appDb } from '../app';
import { appendAudit } from '../audit/audit-log';
import type { Draft } from '../booking/registration-drafts';

export function checkAssisting(event: RequestEvent, draft: Draft | null): void {
	if (draft?.assistedBy && event.locals.staff?.id !== draft.assistedBy) {
		error(403, 'A caseworker is making this registration');
	}
}

/** The draft as an audit subject: a prefix of its id (itself a hash), never a name. */
export const draftSubject = (draft: Draft) => `draft:${draft.id.slice(0, 16)}`;

export function auditAssistedAnswer(draft: Draft, details: Record<string, unknown>): void {
	if (!draft.assistedBy) return;
	appendAudit(
		appDb(),
		{
			actor: { kind: 'staff', id: draft.assistedBy },
			action: 'registration.answered',
			subject: draftSubject(draft),
			details
		},
		Date.now()
	);
}
