/**
 * Audit entries for what is done to an applicant's booking: by the applicant, or by a
 * caseworker acting for them (then the caseworker is the actor).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { appDb } from '../app';
import { appendAudit, type Actor } from './audit-log';

export function applicantActor(locals: App.Locals): Actor {
	if (locals.actingStaffId) return { kind: 'staff', id: locals.actingStaffId };
	return { kind: 'applicant', id: locals.accountId ?? 0 };
}

export function auditForApplicant(
	event: RequestEvent,
	action: string,
	details: Record<string, unknown> = {}
): void {
	const accountId = event.locals.accountId;
	if (!accountId) return;
	appendAudit(
		appDb(),
		{ actor: applicantActor(event.locals), action, subject: `account:${accountId}`, details },
		Date.now()
	);
}
