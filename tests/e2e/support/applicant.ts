/**
 * A page object for the applicant journey. It finds fields by their names, not their
 * words, so the same steps run in every language.
 */
import { expect, type Page } from '@playwright/test';

export type Person = {
	name: string;
	day: string;
	month: string;
	year: string;
	nationality: string;
};

export const samplePeople: Person[] = [
	{ name: "Ixchel K'iche'", day: '14', month: '2', year: '1991', nationality: 'GT' },
	{ name: 'Tz’unun', day: '3', month: '11', year: '2016', nationality: 'GT' }
];

export class Applicant {
	constructor(
		readonly page: Page,
		readonly prefix = ''
	) {}

	/** The main form's button, not the header's sign-out. */
	get continueButton() {
		return this.page.locator('main form button[type=submit]');
	}

	async continue() {
		await this.continueButton.click();
	}

	async start() {
		await this.page.goto(`${this.prefix}/start`);
		await this.page.locator('main a.button--start').click();
		await expect(this.page).toHaveURL(/\/register\/group-size$/);
	}

	async groupSize(size: number) {
		await this.page.fill('#group_size', String(size));
		await this.continue();
	}

	async person(person: Person) {
		await this.page.fill('#full_name', person.name);
		await this.continue();
		await this.page.fill('#dob-day', person.day);
		await this.page.fill('#dob-month', person.month);
		await this.page.fill('#dob-year', person.year);
		await this.continue();
		await this.page.selectOption('#nationality', person.nationality);
		await this.continue();
	}

	async phone(phone = '') {
		await this.page.fill('#phone', phone);
		await this.continue();
	}

	async noAddress() {
		await expect(this.page).toHaveURL(/\/register\/address$/);
		await this.continue();
	}

	/** Confirms the check page and returns the booking code and PIN shown. */
	async getCredentials(): Promise<{ code: string; pin: string }> {
		await expect(this.page).toHaveURL(/\/register\/check$/);
		await this.continue();
		await expect(this.page).toHaveURL(/\/register\/done$/);
		const code = (await this.page.getByTestId('booking-code').textContent())?.trim() ?? '';
		const pin = (await this.page.getByTestId('pin').textContent())?.trim() ?? '';
		expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
		expect(pin).toMatch(/^\d{6}$/);
		return { code, pin };
	}

	async register(people = samplePeople): Promise<{ code: string; pin: string }> {
		await this.start();
		await this.groupSize(people.length);
		for (const p of people) await this.person(p);
		await this.phone();
		await this.noAddress();
		return this.getCredentials();
	}

	async requestAppointment(ports: string[], travel: { day: string; month: string; year: string }) {
		await this.continue(); // "I have saved them"
		await expect(this.page).toHaveURL(/\/request\/ports$/);
		for (const [i, port] of ports.entries()) await this.page.selectOption(`#port_${i + 1}`, port);
		await this.continue();
		await this.page.fill('#travel-day', travel.day);
		await this.page.fill('#travel-month', travel.month);
		await this.page.fill('#travel-year', travel.year);
		await this.continue();
		await expect(this.page).toHaveURL(/\/request\/check$/);
		await this.continue();
		await expect(this.page).toHaveURL(/\/status\?done=sent$/);
	}

	async signOut() {
		await this.page.locator('header form button[type=submit]').click();
		await expect(this.page).toHaveURL(/\/start$/);
	}

	async signIn(code: string, pin: string) {
		await this.page.goto(`${this.prefix}/sign-in`);
		await this.page.fill('#code', code);
		await this.page.fill('#pin', pin);
		await this.continue();
		// Signed in once the sign-in page has been left; anything done sooner races that navigation.
		await expect(this.page).not.toHaveURL(/\/sign-in(\?|$)/);
	}
}

/** A travel date a week from now, as three boxes. */
export function nextWeek(): { day: string; month: string; year: string } {
	const d = new Date(Date.now() + 7 * 86_400_000);
	return {
		day: String(d.getUTCDate()),
		month: String(d.getUTCMonth() + 1),
		year: String(d.getUTCFullYear())
	};
}
