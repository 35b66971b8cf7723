import Database from 'better-sqlite3';
import { test, expect } from '../support/fixtures';
import { Applicant, nextWeek, samplePeople } from '../support/applicant';
import { expectNoAxeViolations } from '../support/axe';
import { runCli } from '../support/cli';
import { messagesOf } from '../support/messages';
import { addShelter, chooseOwnPassword, firstAdmin, staffSignIn } from '../support/staff';

const es = messagesOf('es');
const family = [
	...samplePeople,
	{ name: 'Ana Tz’unun', day: '9', month: '7', year: '2019', nationality: 'GT' }
];

function staffActions(dbPath: string, staffId: number): string[] {
	const db = new Database(dbPath, { readonly: true });
	const rows = db
		.prepare(
			"select action from audit_entry where actor_kind = 'staff' and actor_id = ? order by id"
		)
		.all(String(staffId)) as { action: string }[];
	db.close();
	return rows.map((r) => r.action);
}

test('a caseworker registers a family of 3 for them, requests an appointment and prints the slip; all audited', async ({
	page,
	browser,
	server
}) => {
	const shelter = addShelter(server.dbPath);
	const admin = firstAdmin(server);
	await staffSignIn(page, admin.email, admin.password);
	await chooseOwnPassword(page, 'the administrator passphrase');
	await page.goto('/admin/staff');
	await page.fill('#name', 'Rosa Caseworker');
	await page.fill('#email', 'rosa@casa.test');
	await page.selectOption('#role', 'caseworker');
	await page.selectOption('#organisation', String(shelter));
	await page.locator('main form[action="?/create"] button[type=submit]').click();
	const oneTime = (await page.getByTestId('one-time-password').textContent())!.trim();

	const context = await browser.newContext({ baseURL: server.url });
	const caseworker = await context.newPage();
	await staffSignIn(caseworker, 'rosa@casa.test', oneTime);
	await chooseOwnPassword(caseworker, 'a passphrase for Rosa');

	// The group speaks Spanish: everything they hear and get is in Spanish.
	await caseworker.goto('/es/caseworker/register');
	await expect(caseworker.locator('h1')).toHaveText(es.caseworker_consent_title!);
	await expect(caseworker.locator('audio source').first()).toHaveAttribute('src', /^\/audio\/es\//);
	await caseworker.locator('main form button[type=submit]').click();
	await expect(caseworker.locator('.error-summary')).toContainText(es.caseworker_consent_required!);
	await expectNoAxeViolations(caseworker, 'consent, not ticked');
	await caseworker.check('#consent');
	await caseworker.locator('main form button[type=submit]').click();
	await expect(caseworker).toHaveURL(/\/es\/register\/group-size$/);

	const applicant = new Applicant(caseworker, '/es');
	await applicant.groupSize(3);
	for (const person of family) await applicant.person(person);
	await applicant.phone();
	await applicant.noAddress();
	await expect(caseworker).toHaveURL(/\/es\/register\/check$/);
	await applicant.continue();
	await expect(caseworker).toHaveURL(/\/es\/caseworker\/applicants\/\d+$/);
	const accountId = Number(/applicants\/(\d+)$/.exec(caseworker.url())![1]);
	await expect(caseworker.getByRole('status')).toHaveText(es.caseworker_applicant_registered!);
	await expectNoAxeViolations(caseworker, 'the group, just registered');

	// The slip, printed: code and PIN, next steps, no buttons.
	await caseworker.getByRole('link', { name: es.caseworker_slip_link }).click();
	const code = (await caseworker.getByTestId('booking-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
	await expect(caseworker.getByTestId('pin')).toHaveText(/^\s*\d{6}\s*$/);
	await expect(caseworker.locator('main')).toContainText(es.caseworker_slip_next!);
	await expectNoAxeViolations(caseworker, 'slip');
	await caseworker.emulateMedia({ media: 'print' });
	await expect(caseworker.getByTestId('pin')).toBeVisible();
	await expect(caseworker.locator('header')).toBeHidden();
	await expect(caseworker.locator('.no-print').first()).toBeHidden();
	await caseworker.emulateMedia({ media: 'screen' });

	// Acting for the group: the request, with the caseworker recorded.
	await caseworker.goBack();
	await caseworker.getByRole('button', { name: es.caseworker_act_button }).click();
	await expect(caseworker).toHaveURL(/\/es\/request\/ports$/);
	await expect(caseworker.getByTestId('acting-banner')).toContainText(code);
	await expectNoAxeViolations(caseworker, 'acting for the group');
	await caseworker.selectOption('#port_1', 'laredo');
	await applicant.continue();
	const travel = nextWeek();
	await caseworker.fill('#travel-day', travel.day);
	await caseworker.fill('#travel-month', travel.month);
	await caseworker.fill('#travel-year', travel.year);
	await applicant.continue();
	await expect(caseworker).toHaveURL(/\/es\/request\/check$/);
	await applicant.continue();
	await expect(caseworker).toHaveURL(/\/es\/status\?done=sent$/);
	await caseworker.getByRole('button', { name: es.caseworker_stop_acting }).click();
	await expect(caseworker).toHaveURL(new RegExp(`/es/caseworker/applicants/${accountId}$`));
	await expect(caseworker.locator('.tag--pooled')).toBeVisible();

	await caseworker.goto('/es/caseworker');
	await expect(caseworker.locator('table')).toContainText(code);
	// Searching by a name: sent in the form, never in the address.
	const search = async (text: string) => {
		await caseworker.fill('#q', text);
		await expect(caseworker.locator('#q')).toHaveValue(text);
		// The answer, then the page's data read again after it: only then is the page settled
		// (a search typed before that could be overwritten by the previous one's update).
		const answered = caseworker.waitForResponse((r) => r.url().endsWith('?/search'));
		const refreshed = caseworker.waitForResponse((r) => r.url().includes('__data.json'));
		await caseworker.getByRole('button', { name: es.caseworker_search_button }).click();
		await answered;
		await refreshed;
	};
	await search('Tz’unun');
	await expect(caseworker.locator('table')).toContainText(code);
	expect(caseworker.url()).not.toContain('unun');
	await search('Nobody Such');
	await expect(caseworker.locator('main')).toContainText(es.caseworker_none!);
	await expectNoAxeViolations(caseworker, 'people you help');
	await caseworker.locator('header form button[type=submit]').click();
	await expect(caseworker).toHaveURL(/\/es\/staff\/sign-in$/);
	await context.close();

	// The account is the caseworker's organisation's, made by them with the group's consent.
	const db = new Database(server.dbPath, { readonly: true });
	const account = db
		.prepare('select channel, organisation_id, consent_at, locale from account where id = ?')
		.get(accountId) as {
		channel: string;
		organisation_id: number;
		consent_at: number;
		locale: string;
	};
	const people = db
		.prepare('select count(*) n from person where account_id = ?')
		.get(accountId) as {
		n: number;
	};
	const caseworkerId = (
		db.prepare("select id from staff_user where email = 'rosa@casa.test'").get() as { id: number }
	).id;
	db.close();
	expect(account).toMatchObject({ channel: 'caseworker', organisation_id: shelter, locale: 'es' });
	expect(account.consent_at).toBeGreaterThan(0);
	expect(people.n).toBe(3);

	// Each step is in the audit log with the caseworker as actor, and the log is whole.
	const actions = staffActions(server.dbPath, caseworkerId);
	expect(actions.filter((a) => a === 'registration.answered')).toHaveLength(1 + 3 * 3 + 2);
	for (const action of [
		'staff.signed_in',
		'registration.consented',
		'applicant.registered',
		'applicant.slip_shown',
		'applicant.acting_started',
		'request.ports_chosen',
		'request.date_chosen',
		'request.sent',
		'applicant.acting_ended',
		'staff.signed_out'
	]) {
		expect(actions, action).toContain(action);
	}
	const verify = await runCli('scripts/audit-verify.ts', [], server.dbPath);
	expect(verify.stdout, verify.stderr).toMatch(/intact/);
});
