/**
 * The second check: every load, action and endpoint handler (+server.ts) of every staff route
 * refuses, by itself, a request without a member of staff and one with a role the route does
 * not allow — even if the hook (the first check) were bypassed. Each module is called directly.
 */
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffRouteAccess } from './route-access';
import type { StaffRole } from '../db/schema';

type RouteModule = {
	load?: (event: unknown) => unknown;
	actions?: Record<string, (event: unknown) => unknown>;
};
// Every route's server module (imported only when called), keeping the staff group's.
const modules = Object.fromEntries(
	Object.entries(import.meta.glob<RouteModule>('/src/routes/**/+page.server.ts')).filter(([file]) =>
		file.startsWith('/src/routes/(staff)/')
	)
);

type EndpointModule = Partial<Record<string, (event: unknown) => unknown>>;
// Every endpoint of the staff group (a CSV export, say): each method it answers is checked too.
const endpoints = Object.fromEntries(
	Object.entries(import.meta.glob<EndpointModule>('/src/routes/**/+server.ts')).filter(([file]) =>
		file.startsWith('/src/routes/(staff)/')
	)
);
const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

const routeIdOf = (file: string) =>
	file.replace('/src/routes', '').replace(/\/\+(page\.server|server)\.ts$/, '') || '/';

const dir = mkdtempSync(join(tmpdir(), 'turno-routes-'));
beforeAll(() => {
	process.env.DATABASE_URL = join(dir, 'turno.db');
	process.env.TURNO_KEY_DIR = join(dir, 'keys');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function event(routeId: string, method: string, staff: { role: StaffRole } | null) {
	const url = new URL(`http://turno.test${routeId.replace('/(staff)', '')}`);
	const body = new URLSearchParams({ id: '1', name: 'x', email: 'x@y.org', role: 'admin' });
	return {
		url,
		route: { id: routeId },
		params: {},
		locals: {
			locale: 'en',
			kiosk: false,
			accountId: null,
			staff: staff && {
				id: 99,
				name: 'Someone',
				role: staff.role,
				organisationId: 1,
				mustChangePassword: false,
				idleEndsAt: Date.now() + 60_000
			}
		},
		request: new Request(url, {
			method,
			body: method === 'GET' || method === 'HEAD' ? undefined : body,
			headers:
				method === 'GET' || method === 'HEAD'
					? {}
					: { 'content-type': 'application/x-www-form-urlencoded' }
		}),
		cookies: { get: () => undefined, set: () => {}, delete: () => {}, getAll: () => [] },
		getClientAddress: () => '127.0.0.1',
		setHeaders: () => {}
	};
}

async function outcome(run: () => unknown): Promise<string> {
	try {
		await run();
		return 'ran';
	} catch (thrown) {
		if (isRedirect(thrown)) return `redirect ${thrown.location}`;
		if (isHttpError(thrown)) return `error ${thrown.status}`;
		throw thrown;
	}
}

const roles: StaffRole[] = ['caseworker', 'officer', 'admin'];

describe('every staff load and action checks the acting member of staff itself', () => {
	it('finds the staff routes', () => {
		expect(Object.keys(modules).length).toBeGreaterThanOrEqual(6);
		expect(Object.keys(endpoints).length).toBeGreaterThanOrEqual(3);
	});

	for (const [file, load] of Object.entries(modules)) {
		const routeId = routeIdOf(file);
		const rule = staffRouteAccess[routeId];
		if (rule === 'signed-out') continue;

		it(`${routeId}: refused without staff and with a role it does not allow`, async () => {
			expect(rule, `${routeId} is missing from staffRouteAccess`).toBeDefined();
			const module = await load();
			const wrongRoles = roles.filter((r) => !(rule as readonly StaffRole[]).includes(r));
			if (module.load) {
				expect(await outcome(() => module.load!(event(routeId, 'GET', null)))).toBe(
					'redirect /staff/sign-in'
				);
				for (const role of wrongRoles) {
					expect(await outcome(() => module.load!(event(routeId, 'GET', { role })))).toBe(
						'error 403'
					);
				}
			}
			for (const [name, action] of Object.entries(module.actions ?? {})) {
				expect(await outcome(() => action(event(routeId, 'POST', null))), name).toBe('error 401');
				for (const role of wrongRoles) {
					expect(await outcome(() => action(event(routeId, 'POST', { role }))), name).toBe(
						'error 403'
					);
				}
			}
		});
	}

	for (const [file, load] of Object.entries(endpoints)) {
		const routeId = routeIdOf(file);
		const rule = staffRouteAccess[routeId];
		if (rule === 'signed-out') continue;

		it(`${routeId} (endpoint): refused without staff and with a role it does not allow`, async () => {
			expect(rule, `${routeId} is missing from staffRouteAccess`).toBeDefined();
			const module = await load();
			const wrongRoles = roles.filter((r) => !(rule as readonly StaffRole[]).includes(r));
			const handlers = httpMethods.filter((method) => module[method]);
			expect(handlers.length, `${routeId} answers no method`).toBeGreaterThan(0);
			for (const method of handlers) {
				const handler = module[method]!;
				// Without staff a page-like GET is sent to sign in, as pages are; anything else is 401.
				const signedOut =
					method === 'GET' || method === 'HEAD' ? 'redirect /staff/sign-in' : 'error 401';
				expect(await outcome(() => handler(event(routeId, method, null))), method).toBe(signedOut);
				for (const role of wrongRoles) {
					expect(await outcome(() => handler(event(routeId, method, { role }))), method).toBe(
						'error 403'
					);
				}
			}
		});
	}
});
