/**
 * Limits on registration and requests, and the proof of work that earns a browser the larger
 * registration allowance (docs/ARCHITECTURE.md, "Limits on registration and requests").
 * Each test runs its own server with small limits.
 */
import { test, expect } from '../support/fixtures';
import { startServer } from '../support/server';
import {
	expectRedirect,
	httpClient,
	post,
	prepareRequestByHttp,
	registerByHttp
} from '../support/http-applicant';
import { Applicant } from '../support/applicant';
import { expectNoAxeViolations } from '../support/axe';
import { countRows } from '../support/database';
import { fixedPart, messagesOf } from '../support/messages';

const en = messagesOf('en');

/** A page as a browser without JavaScript shows it: the same HTML, no scripts. */
function withoutScripts(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<link rel="modulepreload"[^>]*>/g, '');
}
const es = messagesOf('es');

/** Answers every question over HTTP, up to the check page (a browser without JavaScript). */
async function answerEverything(
	client: Awaited<ReturnType<typeof httpClient>>,
	name: string,
	prefix = ''
) {
	await expectRedirect(
		await post(client, `${prefix}/register/group-size`, { group_size: '1' }),
		/name$/
	);
	await expectRedirect(
		await post(client, `${prefix}/register/person/1/name`, { full_name: name }),
		/birth$/
	);
	await expectRedirect(
		await post(client, `${prefix}/register/person/1/date-of-birth`, {
			'dob-day': '9',
			'dob-month': '11',
			'dob-year': '1987'
		}),
		/nationality$/
	);
	await expectRedirect(
		await post(client, `${prefix}/register/person/1/nationality`, { nationality: 'VE' }),
		/phone$/
	);
	await expectRedirect(await post(client, `${prefix}/register/phone`, { phone: '' }), /address$/);
	await expectRedirect(await post(client, `${prefix}/register/address`, {}), /check$/);
}

test('past the allowance without proof, registration waits with a clear message; a browser that does the proof of work still registers', async ({
	browser
}) => {
	const server = await startServer({
		REGISTRATIONS_PER_NETWORK_HOUR_WITHOUT_PROOF: '1',
		REGISTRATIONS_PER_NETWORK_HOUR: '2'
	});
	try {
		// The first registration without JavaScript (so without proof) is within the allowance.
		await registerByHttp(await httpClient(server.url), 'Luz Marina Pérez');

		// A made-up proof counts as none: refused, 429, the message by the button, answers kept.
		const forger = await httpClient(server.url);
		await answerEverything(forger, 'Forged Proof');
		const forged = JSON.stringify({
			challenge: {
				parameters: {
					algorithm: 'SHA-256',
					nonce: '00',
					salt: '00',
					cost: 1,
					keyLength: 32,
					keyPrefix: '00'
				},
				signature: 'ab'
			},
			solution: { counter: 1, derivedKey: '00'.repeat(32) }
		});
		const refused = await post(forger, '/register/check', { proof: forged });
		expect(refused.status()).toBe(429);
		const page = await refused.text();
		expect(page).toContain('error-summary');
		expect(page).toContain(fixedPart(en.registration_too_many!));
		expect(page).toContain('href="#send"');
		expect(page).toContain('Forged Proof');

		// In Spanish, in Spanish; and the answers are still there for later.
		const spanish = await httpClient(server.url);
		await answerEverything(spanish, 'Ana Sofía Gómez', '/es');
		const refusedEs = await post(spanish, '/es/register/check', {});
		expect(refusedEs.status()).toBe(429);
		const refusedSpanish = await refusedEs.text();
		expect(refusedSpanish).toContain(fixedPart(es.registration_too_many!));
		expect(await (await spanish.get('/es/register/check')).text()).toContain('Ana Sofía Gómez');
		expect(countRows(server.dbPath, 'select count(*) n from account')).toBe(1);

		// The refusal as a browser without JavaScript shows it passes axe: the server's page,
		// its scripts taken out, opened at the server's address (so its styles load).
		const lookContext = await browser.newContext({ baseURL: server.url });
		const look = await lookContext.newPage();
		await look.goto('/api/health');
		await look.setContent(withoutScripts(refusedSpanish), { waitUntil: 'load' });
		await expect(look.locator('.error-summary')).toContainText(
			fixedPart(es.registration_too_many!)
		);
		await expect(look.locator('#send-error')).toContainText(fixedPart(es.registration_too_many!));
		await expectNoAxeViolations(look, 'registration refused by the allowance, in Spanish');
		await lookContext.close();

		// With JavaScript, the page finds the proof of work while the person reads, and sends it.
		const context = await browser.newContext({ baseURL: server.url });
		const withScript = await context.newPage();
		const posted: string[] = [];
		withScript.on('request', (request) => {
			if (request.method() === 'POST' && request.url().includes('/register/check')) {
				posted.push(request.postData() ?? '');
			}
		});
		await new Applicant(withScript).register([
			{ name: 'Con Script', day: '3', month: '4', year: '1992', nationality: 'CU' }
		]);
		expect(posted.join('\n')).toMatch(/(^|&)proof=%7B%22challenge%22/);
		await context.close();
		expect(countRows(server.dbPath, 'select count(*) n from account')).toBe(2);
		expect(
			countRows(
				server.dbPath,
				"select failures n from rate_limit where key like 'registration:network:%'"
			)
		).toBe(1);
	} finally {
		await server.stop();
	}
});

test('an account that sends its request too many times a day is asked to wait, with its choices kept', async () => {
	const server = await startServer({ REQUESTS_PER_ACCOUNT_DAY: '2' });
	try {
		const client = await httpClient(server.url);
		await registerByHttp(client, 'Jean-Baptiste Louis');
		for (let sent = 0; sent < 2; sent++) {
			const key = await prepareRequestByHttp(client);
			await expectRedirect(
				await post(client, '/request/check', { submission_key: key }),
				/done=sent$/
			);
			await expectRedirect(await post(client, '/status/cancel', {}), /done=cancelled$/);
		}
		const key = await prepareRequestByHttp(client);
		const refused = await post(client, '/ht/request/check', { submission_key: key });
		expect(refused.status()).toBe(429);
		const page = await refused.text();
		expect(page).toContain(fixedPart(messagesOf('ht').request_too_many!));
		expect(page).toContain(`value="${key}"`);
		expect(countRows(server.dbPath, 'select count(*) n from request')).toBe(2);
	} finally {
		await server.stop();
	}
});

test('staff sign-in is slowed down after five wrong passwords, with the message by the email, in French', async ({
	server
}) => {
	const client = await httpClient(server.url);
	const email = 'admin@turno.localhost';
	const statuses: number[] = [];
	for (let i = 0; i < 6; i++) {
		const r = await post(client, '/fr/staff/sign-in', { email, password: `not it ${i}`, code: '' });
		statuses.push(r.status());
		if (i === 5) {
			const page = await r.text();
			expect(page).toContain(fixedPart(messagesOf('fr').staff_sign_in_blocked!));
			expect(page).toContain(`value="${email}"`);
		}
	}
	expect(statuses).toEqual([400, 400, 400, 400, 429, 429]);
});
