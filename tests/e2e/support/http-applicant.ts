/**
 * The applicant journey as plain HTTP form posts, as a browser without JavaScript sends
 * them: for tests of durability, idempotency and hostile input.
 */
import { expect, request, type APIRequestContext, type APIResponse } from '@playwright/test';

export async function httpClient(baseURL: string): Promise<APIRequestContext> {
	// SvelteKit's CSRF check wants the Origin a browser would send.
	return request.newContext({
		baseURL,
		// A browser without JavaScript: HTML wanted, Origin sent (SvelteKit's CSRF check wants it).
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html' }
	});
}

export async function post(
	client: APIRequestContext,
	path: string,
	form: Record<string, string>
): Promise<APIResponse> {
	return client.post(path, { form, maxRedirects: 0 });
}

export async function expectRedirect(response: APIResponse, to: RegExp): Promise<void> {
	expect(response.status(), await response.text()).toBe(303);
	expect(response.headers().location).toMatch(to);
}

/** Registers a group of one and returns its booking code and PIN. */
export async function registerByHttp(
	client: APIRequestContext,
	name = "Ixchel K'iche'"
): Promise<{ code: string; pin: string }> {
	await expectRedirect(await post(client, '/register/group-size', { group_size: '1' }), /name$/);
	await expectRedirect(
		await post(client, '/register/person/1/name', { full_name: name }),
		/birth$/
	);
	await expectRedirect(
		await post(client, '/register/person/1/date-of-birth', {
			'dob-day': '14',
			'dob-month': '2',
			'dob-year': '1991'
		}),
		/nationality$/
	);
	await expectRedirect(
		await post(client, '/register/person/1/nationality', { nationality: 'GT' }),
		/phone$/
	);
	await expectRedirect(await post(client, '/register/phone', { phone: '' }), /address$/);
	await expectRedirect(await post(client, '/register/address', {}), /check$/);
	await expectRedirect(await post(client, '/register/check', {}), /done$/);
	const done = await (await client.get('/register/done')).text();
	const code = /data-testid="booking-code">([^<]+)</.exec(done)?.[1] ?? '';
	const pin = /data-testid="pin">(\d{6})</.exec(done)?.[1] ?? '';
	expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
	await expectRedirect(await post(client, '/register/done', {}), /request\/ports$/);
	return { code, pin };
}

/** Fills the request steps and returns the check page's one-time submission key. */
export async function prepareRequestByHttp(client: APIRequestContext): Promise<string> {
	await expectRedirect(
		await post(client, '/request/ports', { port_1: 'laredo', port_2: 'hidalgo', port_3: '' }),
		/request\/date$/
	);
	const d = new Date(Date.now() + 10 * 86_400_000);
	await expectRedirect(
		await post(client, '/request/date', {
			'travel-day': String(d.getUTCDate()),
			'travel-month': String(d.getUTCMonth() + 1),
			'travel-year': String(d.getUTCFullYear())
		}),
		/request\/check$/
	);
	const check = await (await client.get('/request/check')).text();
	const key = /name="submission_key" value="([0-9a-f-]{36})"/.exec(check)?.[1];
	expect(key).toBeTruthy();
	return key!;
}

/** Registers over HTTP and sends a request for Laredo from tomorrow. */
export async function applicantWithRequest(baseURL: string, name: string) {
	const client = await httpClient(baseURL);
	const credentials = await registerByHttp(client, name);
	await expectRedirect(await post(client, '/request/ports', { port_1: 'laredo' }), /date$/);
	const d = new Date(Date.now() + 86_400_000);
	await expectRedirect(
		await post(client, '/request/date', {
			'travel-day': String(d.getUTCDate()),
			'travel-month': String(d.getUTCMonth() + 1),
			'travel-year': String(d.getUTCFullYear())
		}),
		/check$/
	);
	const check = await (await client.get('/request/check')).text();
	const key = /name="submission_key" value="([^"]+)"/.exec(check)![1]!;
	await expectRedirect(await post(client, '/request/check', { submission_key: key }), /done=sent$/);
	return { client, ...credentials };
}
