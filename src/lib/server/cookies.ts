/** The cookies: the registration draft, the applicant session, the staff session. */
import type { RequestEvent } from '@sveltejs/kit';
import { applicantSessionMs, endApplicantSession } from './auth/applicant-sessions';
import type { Db } from './db';
import { draftLifetimeMs } from './booking/registration-drafts';
import { staffAbsoluteMs } from './staff/staff-sessions';
import { deviceCookie, kioskMark } from '$lib/offline/protocol';
import { newToken } from './auth/tokens';
import { isBrowserToken } from './fraud/browser';

export const sessionCookie = 'turno_session';
export const draftCookie = 'turno_draft';

const year = 365 * 24 * 60 * 60_000;

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

/** Kept across visits and sign-outs: it names the browser, never a person (fraud/browser.ts). */
export const browserCookie = 'turno_browser';

/** This browser's token, made and set now if it has none. */
export function browserTokenOf(event: RequestEvent): string {
	const held = event.cookies.get(browserCookie);
	if (isBrowserToken(held)) return held;
	const token = newToken();
	event.cookies.set(browserCookie, token, options(event, year));
	return token;
}

export function clearApplicantCookies(event: RequestEvent): void {
	event.cookies.delete(sessionCookie, { path: '/' });
	event.cookies.delete(draftCookie, { path: '/' });
}

/**
 * Ends whatever applicant visit this browser holds (sign-out, a kiosk's Finish, a caseworker
 * done with a group): the session ends on the server too, so a copied cookie opens nothing.
 */
export function endApplicantVisit(event: RequestEvent, db: Db): void {
	const token = event.cookies.get(sessionCookie);
	if (token) endApplicantSession(db, token);
	clearApplicantCookies(event);
}

export const staffCookie = 'turno_staff';

export function setStaffCookie(event: RequestEvent, token: string): void {
	event.cookies.set(staffCookie, token, options(event, staffAbsoluteMs));
}

export function clearStaffCookie(event: RequestEvent): void {
	event.cookies.delete(staffCookie, { path: '/' });
}

/** The kiosk's device token: long-lived, tied to the organisation, revocable by an admin. */
export const kioskCookie = 'turno_kiosk';

export function setKioskCookies(event: RequestEvent, token: string): void {
	event.cookies.set(kioskCookie, token, options(event, year));
	// The mark the service worker and the pages go by (offline/protocol.ts): readable, not secret.
	event.cookies.set(deviceCookie, kioskMark, { ...options(event, year), httpOnly: false });
}
