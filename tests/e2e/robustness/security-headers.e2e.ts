import { test, expect } from '../support/fixtures';
import { chooseOwnPassword, firstAdmin, staffSignIn } from '../support/staff';

/** The headers every response carries, and the policy of each kind of page. */
test('pages carry a strict content policy and the other security headers; the camera only at check-in', async ({
	server,
	page: browserPage
}) => {
	const page = await fetch(`${server.url}/start`);
	const h = page.headers;
	const csp = h.get('content-security-policy') ?? '';
	expect(csp).toMatch(/default-src 'self'/);
	expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
	expect(csp).toMatch(/frame-ancestors 'none'/);
	expect(csp).toMatch(/object-src 'none'/);
	expect(csp).toMatch(/form-action 'self'/);
	expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
	expect(h.get('x-content-type-options')).toBe('nosniff');
	expect(h.get('referrer-policy')).toBe('same-origin');
	expect(h.get('x-frame-options')).toBe('DENY');
	expect(h.get('permissions-policy')).toContain('camera=()');
	expect(h.get('cache-control')).toBe('private, no-store');
	// Plain http here: no HSTS (it would be a promise the server cannot keep).
	expect(h.get('strict-transport-security')).toBeNull();

	// The nonce changes with every page.
	const again = (await fetch(`${server.url}/start`)).headers.get('content-security-policy');
	expect(again).not.toBe(csp);

	// The officer's check-in page alone may use the camera.
	const admin = firstAdmin(server);
	await staffSignIn(browserPage, admin.email, admin.password);
	await chooseOwnPassword(browserPage, 'the administrator passphrase');
	const checkIn = await browserPage.goto('/port/laredo/check-in');
	expect(checkIn!.headers()['permissions-policy']).toContain('camera=(self)');
	const dayList = await browserPage.goto('/port/laredo');
	expect(dayList!.headers()['permissions-policy']).toContain('camera=()');

	// Behind TLS (ORIGIN https): HSTS.
	await server.kill();
	await server.restart({ ORIGIN: 'https://turno.example.org' });
	const secure = await fetch(`${server.url}/start`);
	expect(secure.headers.get('strict-transport-security')).toBe(
		'max-age=31536000; includeSubDomains'
	);
});
