import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { httpClient } from '../support/http-applicant';
import { firstAdmin } from '../support/staff';
import { staffRouteAccess } from '../../../src/lib/server/staff/route-access';

/** Every route under the (staff) group on disk: its id, URL and form actions. */
function staffRoutesOnDisk(): { id: string; path: string; actions: string[] }[] {
	const root = 'src/routes/(staff)';
	const found: { id: string; path: string; actions: string[] }[] = [];
	const walk = (dir: string) => {
		const files = readdirSync(dir);
		const server = files.find((f) => f === '+page.server.ts' || f === '+server.ts');
		if (server || files.includes('+page.svelte')) {
			const id = dir.replace('src/routes', '');
			const source = server ? readFileSync(join(dir, server), 'utf8') : '';
			const block = /export const actions[^{]*\{([\s\S]*)\};?\s*$/.exec(source)?.[1] ?? '';
			const actions = [...block.matchAll(/^\t(\w+): /gm)].map((m) => m[1]!);
			found.push({ id, path: id.replace('/(staff)', ''), actions });
		}
		for (const f of files) if (statSync(join(dir, f)).isDirectory()) walk(join(dir, f));
	};
	walk(root);
	return found;
}

const actionUrl = (path: string, action: string) =>
	action === 'default' ? path : `${path}?/${action}`;

async function signIn(client: APIRequestContext, email: string, password: string) {
	const response = await client.post('/staff/sign-in', {
		form: { email, password, code: '' },
		maxRedirects: 0
	});
	expect(response.status(), await response.text()).toBe(303);
}

async function newPassword(client: APIRequestContext, password: string) {
	const response = await client.post('/staff/password', {
		form: { password, password_again: password },
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
}

test('every staff route is listed with the roles that may open it', () => {
	const onDisk = staffRoutesOnDisk()
		.map((r) => r.id)
		.sort();
	expect(onDisk, 'a staff route missing from route-access.ts is refused to everyone').toEqual(
		Object.keys(staffRouteAccess).sort()
	);
});

test('the hook refuses staff routes without a session and with the wrong role', async ({
	server
}) => {
	const routes = staffRoutesOnDisk().filter((r) => staffRouteAccess[r.id] !== 'signed-out');
	const anonymous = await httpClient(server.url);
	for (const route of routes) {
		for (const prefix of ['', '/ar']) {
			const page = await anonymous.get(prefix + route.path, { maxRedirects: 0 });
			expect(page.status(), route.path).toBe(303);
			expect(page.headers().location).toBe(`${prefix}/staff/sign-in`);
		}
		for (const action of route.actions) {
			const post = await anonymous.post(actionUrl(route.path, action), {
				form: { id: '1' },
				maxRedirects: 0
			});
			expect(post.status(), `${route.path} ${action}`).toBe(401);
		}
	}

	// A caseworker, made by the first administrator.
	const { email, password } = firstAdmin(server);
	const admin = await httpClient(server.url);
	await signIn(admin, email, password);
	await newPassword(admin, 'the administrator passphrase');
	const made = await admin.post('/admin/staff?/create', {
		form: {
			name: 'Ana Caseworker',
			email: 'ana@shelter.test',
			role: 'caseworker',
			organisation: '1'
		},
		maxRedirects: 0
	});
	const oneTime = /data-testid="one-time-password"[^>]*>([A-Za-z2-9]{20})</.exec(await made.text());
	expect(oneTime, 'one-time password shown').not.toBeNull();
	const caseworker = await httpClient(server.url);
	await signIn(caseworker, 'ana@shelter.test', oneTime![1]!);
	// Before choosing a password, only the password page opens.
	const early = await caseworker.get('/staff', { maxRedirects: 0 });
	expect(early.headers().location).toBe('/staff/password');
	await newPassword(caseworker, 'the caseworker passphrase');

	const rows = async () =>
		((await (await admin.get('/admin/staff')).text()).match(/<tr/g) ?? []).length;
	const staffBefore = await rows();
	for (const route of routes) {
		const allowed = staffRouteAccess[route.id] as readonly string[];
		if (allowed.includes('caseworker')) continue;
		for (const prefix of ['', '/ar']) {
			const page = await caseworker.get(prefix + route.path, { maxRedirects: 0 });
			expect(page.status(), route.path).toBe(303);
			expect(page.headers().location).toBe(`${prefix}/staff/refused`);
			const refusal = await caseworker.get(prefix + route.path);
			expect(refusal.status(), route.path).toBe(403);
		}
		for (const action of route.actions) {
			const post = await caseworker.post(actionUrl(route.path, action), {
				form: { id: '1', name: 'Mallory', email: 'm@x.test', role: 'admin', organisation: '1' },
				maxRedirects: 0
			});
			expect(post.status(), `${route.path} ${action}`).toBe(403);
		}
	}
	// Nothing changed: no account made, none reset.
	expect(await rows()).toBe(staffBefore);
	const home = await caseworker.get('/staff');
	expect(home.status()).toBe(200);
});

test('kiosk pages refuse a browser that is not an enrolled kiosk, staff included', async ({
	server
}) => {
	const kioskRoutes = readdirSync('src/routes/(kiosk)/kiosk', { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('+page.server.ts'))
		.map((f) => `/kiosk/${f}`.replace(/\/?\+page\.server\.ts$/, ''))
		.filter((path) => path !== '/kiosk/enrol');
	expect(kioskRoutes.sort()).toEqual(['/kiosk', '/kiosk/finish']);
	const anonymous = await httpClient(server.url);
	// Signed in as the administrator (whose password the test above may have changed).
	const admin = await httpClient(server.url);
	const { email, password } = firstAdmin(server);
	const first = await admin.post('/staff/sign-in', {
		form: { email, password, code: '' },
		maxRedirects: 0
	});
	if (first.status() !== 303) await signIn(admin, email, 'the administrator passphrase');
	for (const client of [anonymous, admin]) {
		for (const path of kioskRoutes) {
			const page = await client.get(path, { maxRedirects: 0 });
			expect(page.status(), path).toBe(303);
			expect(page.headers().location).toBe('/kiosk/enrol');
			const post = await client.post(path, { form: {}, maxRedirects: 0 });
			expect(post.status(), path).toBe(401);
		}
	}
});
