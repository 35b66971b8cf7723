/** Applicants with a confirmed appointment: registered, requested, allocated, confirmed. */
import { expect, type Page } from '@playwright/test';
import { Applicant } from './applicant';
import { applicantWithRequest } from './http-applicant';
import { allocationToday, runCli } from './cli';

/** Two people with a confirmed appointment each (one allocation run, both confirm). */
export async function confirmedAppointments(baseURL: string, dbPath: string) {
	const people = [
		await applicantWithRequest(baseURL, 'Ana Pérez'),
		await applicantWithRequest(baseURL, 'Jean Désir')
	];
	const run = await runCli('scripts/allocate.ts', ['--date', allocationToday()], dbPath);
	expect(run.stdout, run.stderr).toMatch(/offers=2 /);
	for (const p of people) {
		const confirm = await p.client.post('/status?/confirm', { form: {}, maxRedirects: 0 });
		expect(confirm.status()).toBe(303);
	}
	return people;
}

/** Signs in with JavaScript, in Spanish, and lands on the status page. */
export async function signInSpanish(page: Page, code: string, pin: string) {
	const applicant = new Applicant(page, '/es');
	await applicant.signIn(code, pin);
	await expect(page).toHaveURL(/\/es\/status$/);
	return applicant;
}
