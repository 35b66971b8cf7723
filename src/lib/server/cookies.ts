/** The cookies: the registration draft, the applicant session, the staff session. */
import type { RequestEvent } from '@sveltejs/kit';
import { applicantSessionMs } from './auth/applicant-sessions';
import { draftLifetimeMs } from './booking/registration-drafts';
import { staffAbsoluteMs } from './staff/staff-sessions';

export const sessionCookie = 'turno_session';
export const draftCookie = 'turno_draft';

function options(event: RequestEvent, maxAgeMs: number) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: event.url.protocol === 'https:',
		maxAge: Math.floor(maxAgeMs / 1000)
	};
}

export function setSessionCookie(event: RequestEvent, token: string): void {
	event.cookies.set(sessionCookie, token, options(event, applicantSessionMs));
}

export function setDraftCookie(event: RequestEvent, token: string): void {
	event.cookies.set(draftCookie, token, options(event, draftLifetimeMs));
}

export function clearApplicantCookies(event: RequestEvent): void {
	event.cookies.delete(sessionCookie, { path: '/' });
	event.cookies.delete(draftCookie, { path: '/' });
}

export const staffCookie = 'turno_staff';

export function setStaffCookie(event: RequestEvent, token: string): void {
	event.cookies.set(staffCookie, token, options(event, staffAbsoluteMs));
}

export function clearStaffCookie(event: RequestEvent): void {
	event.cookies.delete(staffCookie, { path: '/' });
}
