import { test, expect } from '../support/fixtures';
import {
	expectRedirect,
	httpClient,
	post,
	prepareRequestByHttp,
	registerByHttp
} from '../support/http-applicant';
import { countRows } from '../support/database';

test('a request acknowledged just before SIGKILL is there after restart', async ({ server }) => {
	const client = await httpClient(server.url);
	const { code, pin } = await registerByHttp(client);
	const key = await prepareRequestByHttp(client);

	const ack = await post(client, '/request/check', { submission_key: key });
	await expectRedirect(ack, /status\?done=sent$/);
	await server.kill();
	await server.restart();

	expect(countRows(server.dbPath, "select count(*) n from request where status = 'pooled'")).toBe(
		1
	);
	// The session survived too; and signing in again works.
	const status = await client.get('/status');
	expect(await status.text()).toContain(code);
	const fresh = await httpClient(server.url);
	await expectRedirect(await post(fresh, '/sign-in', { code, pin }), /status$/);
	expect(await (await fresh.get('/status')).text()).toMatch(/class="tag tag--pooled">Waiting</);
});

test('a registration answer saved before SIGKILL is still there after restart', async ({
	server
}) => {
	const client = await httpClient(server.url);
	await expectRedirect(await post(client, '/register/group-size', { group_size: '3' }), /name$/);
	await server.kill();
	await server.restart();
	const page = await (await client.get('/register/group-size')).text();
	expect(page).toMatch(/id="group_size"[^>]*value="3"/);
});

test('sending the same form twice creates one record', async ({ server }) => {
	const client = await httpClient(server.url);
	await registerByHttp(client);
	const key = await prepareRequestByHttp(client);
	const before = countRows(server.dbPath, 'select count(*) n from request');
	const [first, second] = await Promise.all([
		post(client, '/request/check', { submission_key: key }),
		post(client, '/request/check', { submission_key: key })
	]);
	expect(first.status()).toBe(303);
	expect(second.status()).toBe(303);
	const third = await post(client, '/request/check', { submission_key: key });
	expect(third.status()).toBe(303);
	expect(countRows(server.dbPath, 'select count(*) n from request')).toBe(before + 1);
	expect(
		countRows(
			server.dbPath,
			'select count(*) n from request where submission_key like ?',
			`%:${key}`
		)
	).toBe(1);
});

test('a double-tapped registration creates one account', async ({ server }) => {
	const client = await httpClient(server.url);
	await expectRedirect(await post(client, '/register/group-size', { group_size: '1' }), /name$/);
	await post(client, '/register/person/1/name', { full_name: 'Tz’unun' });
	await post(client, '/register/person/1/date-of-birth', {
		'dob-day': '1',
		'dob-month': '1',
		'dob-year': '2000'
	});
	await post(client, '/register/person/1/nationality', { nationality: 'MX' });
	await post(client, '/register/phone', { phone: '+52 664 123 4567' });
	await post(client, '/register/address', {});
	const before = countRows(server.dbPath, 'select count(*) n from account');
	const responses = await Promise.all([
		post(client, '/register/check', {}),
		post(client, '/register/check', {}),
		post(client, '/register/check', {})
	]);
	for (const r of responses) await expectRedirect(r, /register\/done$/);
	expect(countRows(server.dbPath, 'select count(*) n from account')).toBe(before + 1);
	expect(
		countRows(server.dbPath, "select count(*) n from account where phone = '+526641234567'")
	).toBe(1);
});
