/** The two applicant cookies: the registration draft and the signed-in session. */
import type { RequestEvent } from '@sveltejs/kit';
import { applicantSessionMs } from './auth/applicant-sessions';
import { draftLifetimeMs } from './booking/registration-drafts';

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
