/**
 * Many people register and send their requests at once while the server is killed (SIGKILL)
 * at random moments and started again. Each person's browser goes on as a real one would:
 * a step whose answer never came is sent again. Whatever the server acknowledged (a 303) must
 * be there after every restart, and nothing may be stored twice.
 */
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { httpClient, post } from '../support/http-applicant';
import { countRows } from '../support/database';
import { createRandom } from '../../../src/lib/fraud/synthetic/random';

const people = 16;
const kills = 5;

type Acknowledged = { accounts: Set<string>; requests: Set<string> };

/** One step of the journey: true once the server has acknowledged it, else what came back. */
type Step = (client: APIRequestContext, name: string, ack: Acknowledged) => Promise<true | string>;

function isRedirectTo(status: number, location: string | undefined, to: RegExp): true | string {
	return (status === 303 && to.test(location ?? '')) || `${status} ${location ?? ''}`;
}

function formStep(path: string, form: Record<string, string>, to: RegExp): Step {
	return async (client) => {
		const response = await post(client, path, form);
		return isRedirectTo(response.status(), response.headers().location, to);
	};
}

const travel = new Date(Date.now() + 10 * 86_400_000);

/** The no-JavaScript journey, from the first question to a request sent. */
function journey(name: string): Step[] {
	let key: string | undefined;
	return [
		formStep('/register/group-size', { group_size: '1' }, /name$/),
		formStep('/register/person/1/name', { full_name: name }, /birth$/),
		formStep(
			'/register/person/1/date-of-birth',
			{ 'dob-day': '3', 'dob-month': '4', 'dob-year': '1990' },
			/nationality$/
		),
		formStep('/register/person/1/nationality', { nationality: 'HN' }, /phone$/),
		formStep('/register/phone', { phone: '' }, /address$/),
		formStep('/register/address', {}, /check$/),
		// Sent again after a lost answer, the registration finds its account: /register/done.
		async (client, who, ack) => {
			const response = await post(client, '/register/check', {});
			const done = isRedirectTo(response.status(), response.headers().location, /done$/);
			if (done === true) ack.accounts.add(who);
			return done;
		},
		// Sent again after a lost answer, the PIN is already forgotten: on to the status page.
		formStep('/register/done', {}, /(request\/ports|status)$/),
		formStep('/request/ports', { port_1: 'laredo' }, /date$/),
		formStep(
			'/request/date',
			{
				'travel-day': String(travel.getUTCDate()),
				'travel-month': String(travel.getUTCMonth() + 1),
				'travel-year': String(travel.getUTCFullYear())
			},
			/check$/
		),
		async (client, _who, ack) => {
			// The key is the form's: a browser sends the same form again after a lost answer.
			// That resend finds the request already made and goes to the status page.
			key ??= /name="submission_key" value="([^"]+)"/.exec(
				await (await client.get('/request/check')).text()
			)?.[1];
			if (!key) return 'no form';
			const response = await post(client, '/request/check', { submission_key: key });
			const sent = isRedirectTo(response.status(), response.headers().location, /\/status/);
			if (sent === true) ack.requests.add(key);
			return sent;
		}
	];
}

type Person = {
	name: string;
	client: APIRequestContext;
	next: number;
	steps: Step[];
	/** What the step it is stuck on got back, if it is. */
	refused?: string;
};

/**
 * Goes on from the person's last acknowledged step until done or the server is gone.
 * Returns whether a step was cut off by the kill (its answer never came).
 */
async function walk(person: Person, ack: Acknowledged): Promise<boolean> {
	while (person.next < person.steps.length) {
		let answer: true | string;
		try {
			answer = await person.steps[person.next]!(person.client, person.name, ack);
		} catch {
			return true; // the connection broke: the server was killed
		}
		if (answer !== true) {
			person.refused = `step ${person.next}: ${answer}`;
			return false;
		}
		person.refused = undefined;
		person.next++;
	}
	return false;
}

function expectEveryAcknowledgementKept(dbPath: string, ack: Acknowledged): void {
	for (const name of ack.accounts) {
		expect(countRows(dbPath, 'select count(*) n from person where full_name = ?', name), name).toBe(
			1
		);
	}
	for (const key of ack.requests) {
		expect(
			countRows(dbPath, 'select count(*) n from request where submission_key like ?', `%:${key}`),
			key
		).toBe(1);
	}
	// Nothing twice: one account per person, one request per account.
	expect(countRows(dbPath, "select count(*) n from person where full_name like 'Kill %'")).toBe(
		countRows(
			dbPath,
			"select count(distinct full_name) n from person where full_name like 'Kill %'"
		)
	);
	expect(countRows(dbPath, 'select count(*) n from request')).toBe(
		countRows(dbPath, 'select count(distinct account_id) n from request')
	);
}

test('every acknowledged registration and request survives SIGKILLs at random moments, none twice', async ({
	server
}) => {
	test.setTimeout(90_000);
	const seed = Number(process.env.DURABILITY_SEED ?? Date.now() % 1_000_000);
	// Seeded, so a failing run can be repeated with DURABILITY_SEED.
	const random = createRandom(seed);
	test.info().annotations.push({ type: 'seed', description: String(seed) });
	const ack: Acknowledged = { accounts: new Set(), requests: new Set() };
	const everyone: Person[] = [];
	for (let i = 0; i < people; i++) {
		const name = `Kill Test ${String.fromCharCode(65 + i)}`;
		everyone.push({ name, client: await httpClient(server.url), next: 0, steps: journey(name) });
	}

	let cutOff = 0;
	for (let round = 0; round < kills; round++) {
		const walking = Promise.all(everyone.map((person) => walk(person, ack)));
		await new Promise((r) => setTimeout(r, 150 + random.next() * 900));
		await server.kill();
		cutOff += (await walking).filter(Boolean).length;
		await server.restart();
		expectEveryAcknowledgementKept(server.dbPath, ack);
	}
	// The kills did land in the middle of people's steps.
	expect(cutOff).toBeGreaterThan(kills);
	// Then everyone finishes, sending again what was never answered.
	await Promise.all(everyone.map((person) => walk(person, ack)));
	expect(everyone.filter((p) => p.next < p.steps.length).map((p) => p.refused)).toEqual([]);
	expect(ack.accounts.size).toBe(people);
	expect(ack.requests.size).toBe(people);
	expectEveryAcknowledgementKept(server.dbPath, ack);
	expect(countRows(server.dbPath, "select count(*) n from request where status = 'pooled'")).toBe(
		people
	);
});
