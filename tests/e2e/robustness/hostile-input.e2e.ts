import fc from 'fast-check';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { expectRedirect, httpClient, post, registerByHttp } from '../support/http-applicant';

/** Every form action and the fields it reads. */
const registrationForms: Record<string, string[]> = {
	'/register/group-size': ['group_size'],
	'/register/person/1/name': ['full_name'],
	'/register/person/1/date-of-birth': ['dob-day', 'dob-month', 'dob-year'],
	'/register/person/1/nationality': ['nationality'],
	'/register/phone': ['phone'],
	'/register/address': [
		'address_line1',
		'address_line2',
		'address_city',
		'address_state',
		'address_zip'
	],
	'/register/check': [],
	'/sign-in': ['code', 'pin']
};
const requestForms: Record<string, string[]> = {
	'/request/ports': ['port_1', 'port_2', 'port_3'],
	'/request/date': ['travel-day', 'travel-month', 'travel-year'],
	'/request/check': ['submission_key'],
	'/status/cancel': [],
	'/es/request/ports': ['port_1', 'port_2', 'port_3']
};

const hostile = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 80 }),
	fc.string({ unit: 'grapheme', maxLength: 80 }),
	fc.string({ maxLength: 3000 }),
	fc.constantFrom(
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		"'; DROP TABLE account; --",
		'1 OR 1=1',
		'\u0000\u0001\u0007\u001b[31m',
		'\u202e\u200f',
		'-1',
		'13',
		'99999999999999999999',
		'NaN',
		'2024-02-30',
		'../../etc/passwd',
		'${7*7}{{7*7}}',
		' '.repeat(600)
	)
);

function formArbitrary(fields: string[]) {
	const names = fc.constantFrom(...fields, 'extra', 'return', '__proto__', 'constructor');
	return fc.dictionary(names, hostile, { maxKeys: fields.length + 2 });
}

async function expectNoServerError(
	client: APIRequestContext,
	path: string,
	form: Record<string, string>
) {
	const response = await post(client, path, form);
	expect(response.status(), `${path} ${JSON.stringify(form).slice(0, 200)}`).toBeLessThan(500);
	if (response.status() === 400) {
		const body = await response.text();
		expect(body).toContain('error-summary');
		expect(body).not.toContain('<script>alert(1)</script>');
		expect(body).not.toContain('<img src=x onerror');
	}
}

test('random and hostile values never make a registration form fail with a 5xx', async ({
	server
}) => {
	const client = await httpClient(server.url);
	await expectRedirect(await post(client, '/register/group-size', { group_size: '2' }), /name$/);
	for (const [path, fields] of Object.entries(registrationForms)) {
		await fc.assert(
			fc.asyncProperty(formArbitrary(fields), (form) => expectNoServerError(client, path, form)),
			{ numRuns: 30 }
		);
	}
});

test('random and hostile values never make a request form fail with a 5xx', async ({ server }) => {
	const client = await httpClient(server.url);
	await registerByHttp(client);
	for (const [path, fields] of Object.entries(requestForms)) {
		await fc.assert(
			fc.asyncProperty(formArbitrary(fields), (form) => expectNoServerError(client, path, form)),
			{ numRuns: 30 }
		);
	}
});

test('bad input without JavaScript: 400, messages beside the fields, values kept', async ({
	server
}) => {
	const client = await httpClient(server.url);
	const response = await post(client, '/es/register/group-size', { group_size: 'tres<b>' });
	expect(response.status()).toBe(400);
	const html = await response.text();
	expect(html).toContain('<title>Error: ');
	expect(html).toMatch(/id="group_size-error"[^>]*>.*Escriba/s);
	expect(html).toContain('value="tres&lt;b>"');
	expect(html).toContain('href="#group_size"');
});

test('oversized, malformed and wrongly typed bodies are refused cleanly', async ({ server }) => {
	const client = await httpClient(server.url);
	const huge = await post(client, '/register/group-size', { group_size: 'x'.repeat(200_000) });
	expect(huge.status()).toBe(413);

	const badUtf8 = await client.post('/register/person/1/name', {
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		data: Buffer.from([
			0x66, 0x75, 0x6c, 0x6c, 0x5f, 0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xff, 0xfe, 0x25, 0x46, 0x46
		]),
		maxRedirects: 0
	});
	expect(badUtf8.status()).toBeLessThan(500);

	const json = await client.post('/register/group-size', {
		headers: { 'content-type': 'application/json' },
		data: JSON.stringify({ group_size: 2 }),
		maxRedirects: 0
	});
	expect(json.status()).toBeGreaterThanOrEqual(400);
	expect(json.status()).toBeLessThan(500);

	const file = await client.post('/register/group-size', {
		multipart: { group_size: { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('2') } },
		maxRedirects: 0
	});
	expect(file.status()).toBe(400);
});

test('repeated wrong PINs are slowed down with a clear message, never for good', async ({
	server
}) => {
	const client = await httpClient(server.url);
	const { code, pin } = await registerByHttp(client);
	const stranger = await httpClient(server.url);
	for (let i = 0; i < 5; i++) {
		const r = await post(stranger, '/sign-in', {
			code,
			pin: pin === '000000' ? '111111' : '000000'
		});
		expect(r.status()).toBe(i < 4 ? 400 : 429);
	}
	const blocked = await post(stranger, '/sign-in', { code, pin });
	expect(blocked.status()).toBe(429);
	expect(await blocked.text()).toMatch(/Try again in \d+ minutes/);
});
