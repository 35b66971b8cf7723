import {
	error,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { localizeHref } from '$lib/paraglide/runtime';
import {
	announceFirstAdmin,
	appDb,
	startHousekeeping,
	startScheduler,
	startJobs
} from '$lib/server/app';
import { findApplicantSession } from '$lib/server/auth/applicant-sessions';
import { kioskCookie, sessionCookie, setSessionCookie, staffCookie } from '$lib/server/cookies';
import { findKiosk } from '$lib/server/kiosk/kiosks';
import { findStaffSession } from '$lib/server/staff/staff-sessions';
import { findStaff } from '$lib/server/staff/staff-users';
import {
	beforePasswordChange,
	isStaffRoute,
	staffRouteAccess
} from '$lib/server/staff/route-access';
import { textDirection } from '$lib/text-direction';
import { pageMessagesBlock } from '$lib/server/i18n/page-messages';
import {
	deviceCookie,
	idempotencyHeader,
	idempotencyKeyPattern,
	kioskMark
} from '$lib/offline/protocol';
import {
	answerFromReceipt,
	findReceipt,
	keepReceipt,
	successLocation
} from '$lib/server/submissions/receipts';

export const init: ServerInit = async () => {
	appDb();
	await announceFirstAdmin();
	startHousekeeping();
	startScheduler();
	startJobs();
};

/** Remembers the last language used, for the language page to offer first next time. */
function rememberLocale(event: Parameters<Handle>[0]['event'], locale: string): void {
	if (event.cookies.get('turno_locale') === locale || event.url.pathname.startsWith('/api/'))
		return;
	event.cookies.set('turno_locale', locale, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		maxAge: 365 * 24 * 60 * 60
	});
}

const locale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		event.locals.locale = locale;
		// Only pages a person opens count as a choice: not the language page itself, and not
		// what the service worker or the browser fetch in the background (offline pages, manifest).
		const opened = event.request.headers.get('sec-fetch-mode') === 'navigate';
		if (opened && event.url.pathname !== '/' && !/^\/[a-z]{2,3}\/?$/.test(event.url.pathname)) {
			rememberLocale(event, locale);
		}
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%turno.lang%', locale)
					.replace('%turno.dir%', textDirection(locale))
					.replace('%turno.messages%', pageMessagesBlock(locale))
					.replace('%turno.manifest%', localizeHref('/manifest.webmanifest', { locale }))
		});
	});

const session: Handle = ({ event, resolve }) => {
	const kioskToken = event.cookies.get(kioskCookie);
	event.locals.kioskDevice = kioskToken ? findKiosk(appDb(), kioskToken) : null;
	event.locals.kiosk =
		event.locals.kioskDevice !== null || event.cookies.get(deviceCookie) === kioskMark;
	event.locals.accountId = null;
	event.locals.actingStaffId = null;
	const token = event.cookies.get(sessionCookie);
	if (token) {
		const found = findApplicantSession(appDb(), token, Date.now());
		if (found) {
			event.locals.accountId = found.accountId;
			event.locals.actingStaffId = found.actingStaffId;
			if (found.renewed) setSessionCookie(event, token);
		}
	}
	return resolve(event);
};

/** The signed-in member of staff, if any: an active account with a live session. */
function staffOf(event: Parameters<Handle>[0]['event']): App.Locals['staff'] {
	const token = event.cookies.get(staffCookie);
	const session = token ? findStaffSession(appDb(), token, Date.now()) : null;
	const user = session ? findStaff(appDb(), session.staffUserId) : undefined;
	if (!session || !user?.active) return null;
	const { id, name, role, organisationId, mustChangePassword } = user;
	return { id, name, role, organisationId, mustChangePassword, idleEndsAt: session.idleEndsAt };
}

/**
 * The first check on staff pages, by route id (the language prefix does not matter). The
 * second is inside every load and action (requireStaff).
 */
const staffAccess: Handle = ({ event, resolve }) => {
	event.locals.staff = staffOf(event);
	if (!isStaffRoute(event.route.id)) return resolve(event);
	const rule = staffRouteAccess[event.route.id!];
	if (!rule) error(403, 'Not allowed');
	if (rule === 'signed-out') return resolve(event);
	const staff = event.locals.staff;
	if (!staff) {
		if (event.request.method !== 'GET') error(401, 'Sign in first');
		redirect(303, localizeHref('/staff/sign-in'));
	}
	if (!rule.includes(staff.role)) {
		// A page is refused with the error page in the reader's language; anything else plainly.
		if (event.request.method === 'GET') redirect(303, localizeHref('/staff/refused'));
		error(403, 'Not allowed for this role');
	}
	if (staff.mustChangePassword && !beforePasswordChange.includes(event.route.id!)) {
		redirect(303, localizeHref('/staff/password'));
	}
	return resolve(event);
};

/** Kiosk pages need an enrolled kiosk; only the enrolment page opens without one. */
const kioskAccess: Handle = ({ event, resolve }) => {
	const id = event.route.id ?? '';
	if (!id.startsWith('/(kiosk)/') || id === '/(kiosk)/kiosk/enrol') return resolve(event);
	if (!event.locals.kioskDevice) {
		if (event.request.method !== 'GET') error(401, 'Not an enrolled kiosk');
		redirect(303, localizeHref('/kiosk/enrol'));
	}
	return resolve(event);
};

/**
 * SvelteKit looks a form action up by its `?/name` as a plain property of the page's actions:
 * a name every object has (`?/constructor`, `?/__proto__`) or the reserved `?/default` would
 * throw, and answer 500. No page has an action of such a name: 404, as for any unknown one.
 */
const actionName: Handle = ({ event, resolve }) => {
	if (event.request.method === 'POST') {
		const param = [...event.url.searchParams.keys()].find((key) => key.startsWith('/'));
		const name = param?.slice(1);
		if (name !== undefined && (name === 'default' || name in Object.prototype)) {
			error(404, 'No such action');
		}
	}
	return resolve(event);
};

/**
 * A submission sent again from a device's offline queue carries an idempotency key: once one
 * copy has succeeded, the others get the same answer and change nothing (see receipts.ts).
 */
const idempotency: Handle = async ({ event, resolve }) => {
	const key = event.request.headers.get(idempotencyHeader);
	if (event.request.method !== 'POST' || key === null) return resolve(event);
	if (!idempotencyKeyPattern.test(key)) {
		return new Response('Bad Request: malformed idempotency key', { status: 400 });
	}
	const wantsJson = event.request.headers.get('accept') === 'application/json';
	const earlier = findReceipt(appDb(), key);
	if (earlier) return answerFromReceipt(earlier, wantsJson);
	const response = await resolve(event);
	// A receipt stands in only for an answer that changed nothing on the device. One that set
	// a cookie (a new draft, a session after registering) must be given again if its first copy
	// was lost on the way: the action runs again, and being idempotent, changes nothing else.
	const location = response.headers.has('set-cookie')
		? null
		: await successLocation(response, event.url);
	if (location) keepReceipt(appDb(), key, location, Date.now());
	return response;
};

/** Headers SvelteKit's CSP does not cover. Pages carry personal data: never stored by caches. */
const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	// Not 'no-referrer': with it, browsers send `Origin: null` on form posts and the CSRF check
	// (rightly) refuses them. Same-origin keeps every URL off other sites all the same.
	response.headers.set('Referrer-Policy', 'same-origin');
	// The camera only where the port officer's scanner reads tickets.
	const camera =
		event.route.id === '/(staff)/port/[portId]/check-in' ? 'camera=(self)' : 'camera=()';
	response.headers.set(
		'Permissions-Policy',
		`${camera}, microphone=(), geolocation=(), payment=()`
	);
	response.headers.set('X-Frame-Options', 'DENY');
	if (event.url.protocol === 'https:') {
		response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	}
	if (response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};

/**
 * A page drawn with the problems of its query (locals.invalidQuery) answers 400, as a refused
 * form post does with fail(400): SvelteKit gives a load no way to set the status of a page it
 * draws. Only the HTML page: the data of a client-side navigation stays 200, as SvelteKit expects.
 */
const invalidQueryStatus: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (!event.locals.invalidQuery || response.status !== 200) return response;
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(response.body, { status: 400, headers: response.headers });
};

export const handle = sequence(
	locale,
	session,
	staffAccess,
	kioskAccess,
	actionName,
	idempotency,
	invalidQueryStatus,
	headers
);

/**
 * Unexpected errors are logged with the route and a message only: never the URL's query,
 * the form, or anything else a person typed.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const name = error instanceof Error ? error.name : 'Error';
	const message = error instanceof Error ? error.message : String(error);
	console.error(
		`[${status}] ${event.request.method} ${event.route.id ?? '(no route)'}: ${name}: ${message}`
	);
	return { message: 'Internal Error' };
};
