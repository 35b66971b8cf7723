/** Staff in end-to-end tests: the first administrator, signing in, staff accounts. */
import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { RunningServer } from './server';

export function firstAdmin(server: RunningServer): { email: string; password: string } {
	const out = server.output();
	const email = /email:\s+(\S+)/.exec(out)?.[1];
	const password = /password:\s+(\S+)/.exec(out)?.[1];
	if (!email || !password) throw new Error(`no first administrator printed:\n${out}`);
	return { email, password };
}

export async function staffSignIn(page: Page, email: string, password: string, code = '') {
	await page.goto('/staff/sign-in');
	await page.fill('#email', email);
	await page.fill('#password', password);
	if (code) await page.fill('#code', code);
	await page.locator('main form button[type=submit]').click();
}

export async function chooseOwnPassword(page: Page, password: string) {
	await expect(page).toHaveURL(/\/staff\/password$/);
	await page.fill('#password', password);
	await page.fill('#password_again', password);
	await page.locator('main form button[type=submit]').click();
	await expect(page).toHaveURL(/\/staff\?saved=password$/);
}

/**
 * Signs the first administrator in with `passphrase`, choosing it first if an earlier test of
 * the same file (and server) has not done so already.
 */
export async function signInFirstAdmin(page: Page, server: RunningServer, passphrase: string) {
	const admin = firstAdmin(server);
	await staffSignIn(page, admin.email, admin.password);
	await expect(page.locator('#password_again, .error-summary').first()).toBeVisible();
	if (await page.locator('#password_again').isVisible()) await chooseOwnPassword(page, passphrase);
	else await staffSignIn(page, admin.email, passphrase);
	await expect(page).toHaveURL(/\/staff(\?.*)?$/);
}

/** A shelter, added straight to the database (the admin's form for it is tested on its own). */
export function addShelter(dbPath: string): number {
	const db = new Database(dbPath);
	const id = db
		.prepare(
			"insert into organisation (name, kind, created_at) values ('Casa Esperanza', 'ngo', ?) returning id"
		)
		.get(Date.now()) as { id: number };
	db.close();
	return id.id;
}
