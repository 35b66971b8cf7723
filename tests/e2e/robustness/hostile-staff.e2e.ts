/**
 * Random and hostile input to every staff, kiosk, API and remaining public route: form actions
 * posted as a browser without JavaScript would (and as no browser would), pages and endpoints
 * opened with hostile paths and query strings. Nothing may answer 5xx, a refusal must say what
 * is wrong, and no markup sent in may come back unescaped.
 */
import fc from 'fast-check';
import Database from 'better-sqlite3';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { expectRedirect, httpClient, post, registerByHttp } from '../support/http-applicant';
import { messagesOf } from '../support/messages';
import { addShelter, firstAdmin } from '../support/staff';
import type { RunningServer } from '../support/server';

const en = messagesOf('en');

/* ---------- Values ---------- */

/** A field's value: text, or raw bytes (invalid UTF-8 in a form, a file in a multipart body). */
type Value = string | Uint8Array;

const markup = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];
const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const hostileText = fc.oneof(
	// `binary` includes lone surrogates, which no well-formed UTF-8 can carry.
	fc.string({ unit: 'binary', maxLength: 60 }),
	fc.string({ unit: 'grapheme', maxLength: 60 }),
	fc.string({ maxLength: 2000 }),
	fc.constantFrom(
		...markup,
		...prototypeKeys,
		"'; DROP TABLE staff_user; --",
		'1 OR 1=1',
		'%_%',
		'\u0000\u0001\u0007\u001b[31m',
		'\u202e\u200f\u2028',
		'\ud800',
		'-1',
		'0',
		'13',
		'1.5',
		'1e3',
		'0x10',
		'99999999999999999999',
		'NaN',
		'Infinity',
		'null',
		'[]',
		'{}',
		'2026-02-30',
		'9999-12-31',
		'0000-00-00',
		'25:00',
		'../../etc/passwd',
		'${7*7}{{7*7}}',
		'T1.',
		'T1.a.b.c',
		`T1.${'A'.repeat(300)}`,
		' '.repeat(600),
		'x'.repeat(10_000)
	)
);

/** Bytes that are not UTF-8: a lone surrogate, an overlong slash, a cut sequence, and noise. */
const hostileBytes = fc.oneof(
	fc.constantFrom(
		Uint8Array.from([0xed, 0xa0, 0x80]),
		Uint8Array.from([0xc0, 0xaf]),
		Uint8Array.from([0xe2, 0x82]),
		Uint8Array.from([0xff, 0xfe, 0x00])
	),
	fc.uint8Array({ maxLength: 40 })
);

const hostile: fc.Arbitrary<Value> = fc.oneof(
	{ arbitrary: hostileText, weight: 5 },
	{ arbitrary: hostileBytes, weight: 1 }
);

/** A field that is half the time what the form expects (to reach deeper code), else hostile. */
function field(...plausible: string[]): fc.Arbitrary<Value> {
	if (!plausible.length) return hostile;
	return fc.oneof(
		{ arbitrary: hostile, weight: 1 },
		{ arbitrary: fc.constantFrom(...plausible), weight: 1 }
	);
}

/** Percent-encodes bytes as they are: text as UTF-8, raw bytes untouched (so maybe invalid). */
function percent(value: Value): string {
	const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
	let out = '';
	for (const byte of bytes) {
		const ch = String.fromCharCode(byte);
		out += /[A-Za-z0-9_.~-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	}
	return out;
}

/** A path segment: encoded hostile text, or broken escapes and dots as they are. */
const segment = fc.oneof(
	{ arbitrary: hostile.map(percent), weight: 3 },
	{
		arbitrary: fc.constantFrom(
			'%',
			'%zz',
			'%E0%A4%A',
			'%ED%A0%80',
			'%00',
			'..%2f..%2fetc%2fpasswd',
			'%2e%2e',
			'2026-02-30',
			'2026-13-01',
			'0000-01-01',
			'9999-12-31',
			'99999999999999999999',
			'-1',
			'0',
			'__proto__',
			'constructor',
			'x'.repeat(3000)
		),
		weight: 1
	}
);

/** A query string of the given parameters (some missing, some repeated) and prototype keys. */
function query(...names: string[]): fc.Arbitrary<string> {
	const name = fc.constantFrom(...names, ...prototypeKeys, '/default');
	return fc
		.array(fc.tuple(name, fc.oneof(hostile.map(percent), segment)), { maxLength: names.length + 2 })
		.map((pairs) =>
			pairs.length ? `?${pairs.map(([k, v]) => `${percent(k)}=${v}`).join('&')}` : ''
		);
}

/* ---------- Bodies ---------- */

type Body = {
	kind: 'urlencoded' | 'multipart' | 'json';
	/** Sent as `use:enhance` sends it, for a JSON answer instead of the page. */
	enhanced: boolean;
	pairs: [string, Value][];
};

function describeBody(body: Body): string {
	const shown = body.pairs.map(([k, v]) => [
		k,
		typeof v === 'string' ? v.slice(0, 60) : `bytes:${v.length}`
	]);
	return `${body.kind}${body.enhanced ? ' enhanced' : ''} ${JSON.stringify(shown).slice(0, 300)}`;
}

/**
 * A form of these fields: each present or missing, then a few more pairs (a field again, or a
 * prototype key). Mostly form-encoded as a browser sends it, sometimes multipart or JSON.
 */
function formBody(fields: Record<string, fc.Arbitrary<Value>>, multipartOnly = false) {
	const names = Object.keys(fields);
	return fc
		.record({
			kind: multipartOnly
				? fc.constant('multipart' as const)
				: fc.constantFrom(
						...(['urlencoded', 'urlencoded', 'urlencoded', 'multipart', 'json'] as const)
					),
			enhanced: fc.boolean(),
			present: fc.tuple(...names.map((n) => fc.option(fields[n]!, { nil: undefined, freq: 6 }))),
			extra: fc.array(fc.tuple(fc.constantFrom(...names, ...prototypeKeys), hostile), {
				maxLength: 3
			})
		})
		.map(({ kind, enhanced, present, extra }): Body => ({
			kind,
			enhanced,
			pairs: [
				...names.flatMap((n, i): [string, Value][] =>
					present[i] === undefined ? [] : [[n, present[i]]]
				),
				...extra
			]
		}));
}

function send(client: APIRequestContext, path: string, body: Body): Promise<APIResponse> {
	const enhanced = body.enhanced
		? { accept: 'application/json', 'x-sveltekit-action': 'true' }
		: undefined;
	if (body.kind === 'json') {
		const object = Object.fromEntries(
			body.pairs.map(([k, v]) => [k, typeof v === 'string' ? v : [...v]])
		);
		return client.post(path, {
			headers: { ...enhanced, 'content-type': 'application/json' },
			data: JSON.stringify(object),
			maxRedirects: 0
		});
	}
	if (body.kind === 'multipart') {
		const form = new FormData();
		for (const [k, v] of body.pairs) {
			if (typeof v === 'string') form.append(k, v);
			else form.append(k, new Blob([Buffer.from(v)]), 'recording.mp3');
		}
		return client.post(path, { headers: enhanced, multipart: form, maxRedirects: 0 });
	}
	return client.post(path, {
		headers: { ...enhanced, 'content-type': 'application/x-www-form-urlencoded' },
		data: Buffer.from(body.pairs.map(([k, v]) => `${percent(k)}=${percent(v)}`).join('&')),
		maxRedirects: 0
	});
}

/* ---------- What every answer must be ---------- */

/** A refused form names the problem: in an error summary, beside a field, or as the error page. */
function saysWhatIsWrong(html: string): boolean {
	return (
		html.includes('class="error-summary"') ||
		html.includes('class="error-message"') ||
		html.includes(`<title>${en.error_page_title} –`)
	);
}

async function expectHandled(response: APIResponse, what: string): Promise<void> {
	const status = response.status();
	expect(status, what).toBeLessThan(500);
	if (!response.headers()['content-type']?.startsWith('text/html')) return;
	const html = await response.text();
	for (const fragment of markup) expect(html, what).not.toContain(fragment);
	if ([400, 409, 422, 429].includes(status)) expect(saysWhatIsWrong(html), what).toBe(true);
}

/* ---------- Fuzzing ---------- */

type Form = {
	/** The action's URL (`?/name`), or several: the real one and hostile ids in its path. */
	path: string | fc.Arbitrary<string>;
	fields?: Record<string, fc.Arbitrary<Value>>;
	multipartOnly?: boolean;
};

const numRuns = 20;

async function fuzzForms(client: APIRequestContext, forms: Form[]): Promise<void> {
	for (const form of forms) {
		const path = typeof form.path === 'string' ? fc.constant(form.path) : form.path;
		await fc.assert(
			fc.asyncProperty(path, formBody(form.fields ?? {}, form.multipartOnly), async (p, body) =>
				expectHandled(await send(client, p, body), `POST ${p} ${describeBody(body)}`)
			),
			{ numRuns }
		);
	}
}

async function fuzzGets(client: APIRequestContext, urls: fc.Arbitrary<string>[]): Promise<void> {
	for (const url of urls) {
		await fc.assert(
			fc.asyncProperty(url, async (u) =>
				expectHandled(await client.get(u, { maxRedirects: 0 }), `GET ${u.slice(0, 300)}`)
			),
			{ numRuns }
		);
	}
}

/**
 * An id field that never names one of these rows, whatever the fuzzing makes: revoking the
 * kiosk or resetting an officer would leave the later tests nothing to post as.
 */
function idOtherThan(ids: number[], ...plausible: string[]): fc.Arbitrary<Value> {
	return field(...plausible).filter(
		(v) => typeof v !== 'string' || !/^\d{1,9}$/.test(v) || !ids.includes(Number(v))
	);
}

/** The real path most of the time, otherwise the same route with a hostile parameter. */
function withHostileId(real: string, make: (id: string) => string): fc.Arbitrary<string> {
	return fc.oneof(
		{ arbitrary: fc.constant(real), weight: 3 },
		{ arbitrary: segment.map(make), weight: 1 }
	);
}

const withQuery = (path: string, ...names: string[]) => query(...names).map((q) => path + q);

/* ---------- The people and things the forms are about ---------- */

type Staff = { id: number; email: string; client: APIRequestContext };

type World = {
	admin: Staff;
	officer: Staff;
	caseworker: Staff;
	/** A member of staff for the row buttons (reset, deactivate) to be about. */
	spare: { id: number };
	/** One whose own password, two-factor and session the last test may spoil. */
	disposable: Staff;
	kiosk: APIRequestContext;
	kioskId: number;
	applicant: APIRequestContext;
	shelter: number;
	portOrganisation: number;
	/** A port of its own for the port forms, so closing it touches no other test. */
	fuzzPort: string;
	helpedGroup: number;
	duplicateFlag: number;
	sharedFlag: number;
	today: string;
};

const adminPassphrase = 'the administrator passphrase';
const oneTimePassword = /data-testid="one-time-password"[^>]*>([A-Za-z2-9]{20})</;

async function signIn(server: RunningServer, email: string, password: string) {
	const client = await httpClient(server.url);
	const response = await post(client, '/staff/sign-in', { email, password, code: '' });
	expect(response.status(), await response.text()).toBe(303);
	return client;
}

async function ownPassword(client: APIRequestContext, password: string) {
	await expectRedirect(
		await post(client, '/staff/password', { password, password_again: password }),
		/\/staff\?saved=password$/
	);
}

/** A member of staff made by the administrator, signed in with a password of their own. */
async function newStaff(
	server: RunningServer,
	admin: APIRequestContext,
	name: string,
	role: string,
	organisation: number
): Promise<Staff> {
	const email = `${name.toLowerCase()}@fuzz.test`;
	const made = await post(admin, '/admin/staff?/create', {
		name,
		email,
		role,
		organisation: String(organisation)
	});
	const password = oneTimePassword.exec(await made.text())?.[1];
	expect(password, `one-time password for ${name}`).toBeTruthy();
	const client = await signIn(server, email, password!);
	await ownPassword(client, `a passphrase for ${name}`);
	return { id: staffId(server, email), email, client };
}

function staffId(server: RunningServer, email: string): number {
	const db = new Database(server.dbPath, { readonly: true });
	const row = db.prepare('select id from staff_user where email = ?').get(email) as { id: number };
	db.close();
	return row.id;
}

/** The id of the row made last in a table. */
function lastId(server: RunningServer, table: 'kiosk' | 'organisation'): number {
	const db = new Database(server.dbPath, { readonly: true });
	const row = db.prepare(`select max(id) as id from ${table}`).get() as { id: number };
	db.close();
	return row.id;
}

/**
 * Straight into the database: a port's organisation, a group a shelter's caseworker helped,
 * and two integrity flags (a duplicate pair and a shared address) for the review forms.
 */
function seed(dbPath: string, shelter: number) {
	const db = new Database(dbPath);
	const now = Date.now();
	const day = 86_400_000;
	const portOrganisation = db
		.prepare(
			`insert into organisation (name, kind, port_id, created_at)
			 values ('Laredo port', 'port', 'laredo', ?) returning id`
		)
		.get(now) as { id: number };
	const addAccount = db.prepare(
		`insert into account (booking_code, pin_hash, locale, channel, organisation_id, consent_at, created_at)
		 values (?, 'x', 'es', ?, ?, ?, ?) returning id`
	);
	const addPerson = db.prepare(
		`insert into person (account_id, position, full_name, date_of_birth, nationality)
		 values (?, 1, ?, '1991-04-12', 'HN') returning id`
	);
	const addRequest = db.prepare(
		`insert into request (account_id, status, party_size, port_ids, earliest_date, waiting_since,
		   submission_key, created_at, updated_at)
		 values (?, 'pooled', 1, '["laredo"]', '2026-01-01', ?, ?, ?, ?)`
	);
	const group = (code: string, name: string, channel: string, organisation: number | null) => {
		const account = (
			addAccount.get(code, channel, organisation, now, now - 30 * day) as { id: number }
		).id;
		const personId = (addPerson.get(account, name) as { id: number }).id;
		addRequest.run(account, now - 20 * day, `fuzz-${code}`, now, now);
		return { account, personId };
	};
	const helped = group('FZZ-AAA-111', 'Ixchel Fuzz', 'caseworker', shelter);
	const first = group('FZZ-BBB-222', 'María José Pérez', 'self', null);
	const second = group('FZZ-CCC-333', 'Maria Jose Perez', 'self', null);
	const addFlag = db.prepare(
		`insert into flag (kind, key, score, subjects, evidence, status, created_at, updated_at)
		 values (?, ?, ?, ?, ?, 'open', ?, ?) returning id`
	);
	const duplicateFlag = addFlag.get(
		'duplicate_person',
		'fuzz-dup',
		88,
		JSON.stringify({
			accountIds: [first.account, second.account],
			personIds: [first.personId, second.personId]
		}),
		JSON.stringify({
			kind: 'duplicate_person',
			pairs: [
				{
					a: first.personId,
					b: second.personId,
					score: 24.3,
					contributions: [
						{ field: 'name', agreement: 'similar', similarity: 0.93, weight: 7.5 },
						{ field: 'date_of_birth', agreement: 'exact', similarity: 1, weight: 9.2 }
					]
				}
			]
		}),
		now - day,
		now - day
	) as { id: number };
	const sharedFlag = addFlag.get(
		'shared_address',
		'fuzz-addr',
		61,
		JSON.stringify({ accountIds: [helped.account], personIds: [helped.personId] }),
		JSON.stringify({
			kind: 'shared_address',
			addressKey: '12|calle ocho||78040',
			people: 40,
			accounts: 38,
			surnames: 30,
			ports: ['laredo'],
			firstAt: now - 90 * day,
			lastAt: now - day,
			addressesThisBusy: 4
		}),
		now - 2 * day,
		now - 2 * day
	) as { id: number };
	db.close();
	return {
		portOrganisation: portOrganisation.id,
		helpedGroup: helped.account,
		duplicateFlag: duplicateFlag.id,
		sharedFlag: sharedFlag.id
	};
}

let world: { url: string; ready: Promise<World> } | undefined;

/** Made once per server: every test of this file uses the same people and sessions. */
function worldOf(server: RunningServer): Promise<World> {
	if (world?.url !== server.url) world = { url: server.url, ready: makeWorld(server) };
	return world.ready;
}

async function makeWorld(server: RunningServer): Promise<World> {
	const first = firstAdmin(server);
	const adminClient = await signIn(server, first.email, first.password);
	await ownPassword(adminClient, adminPassphrase);
	const admin = { id: staffId(server, first.email), email: first.email, client: adminClient };
	const shelter = addShelter(server.dbPath);
	const seeded = seed(server.dbPath, shelter);

	const officer = await newStaff(server, adminClient, 'Olga', 'officer', seeded.portOrganisation);
	const caseworker = await newStaff(server, adminClient, 'Ana', 'caseworker', shelter);
	const disposable = await newStaff(server, adminClient, 'Pat', 'caseworker', shelter);
	const spareEmail = 'dee@fuzz.test';
	await post(adminClient, '/admin/staff?/create', {
		name: 'Dee',
		email: spareEmail,
		role: 'officer',
		organisation: String(seeded.portOrganisation)
	});

	const added = await post(adminClient, '/admin/ports?/add', {
		name: 'Fuzz crossing',
		address: '1 Bridge Road',
		timezone: 'America/Chicago'
	});
	const fuzzPort = /\/admin\/ports\/([a-z0-9-]+)\?saved=added$/.exec(
		added.headers().location ?? ''
	)?.[1];
	expect(fuzzPort, 'a port of its own').toBeTruthy();

	const made = await post(adminClient, '/admin/kiosks?/create', {
		name: 'Lobby tablet',
		organisation: String(shelter)
	});
	const code = /data-testid="enrolment-code"[^>]*>([^<]+)</.exec(await made.text())?.[1];
	const kiosk = await httpClient(server.url);
	await expectRedirect(await post(kiosk, '/kiosk/enrol', { code: code!.trim() }), /\/kiosk$/);

	const applicant = await httpClient(server.url);
	await registerByHttp(applicant);

	return {
		admin,
		officer,
		caseworker,
		spare: { id: staffId(server, spareEmail) },
		disposable,
		kiosk,
		kioskId: lastId(server, 'kiosk'),
		applicant,
		shelter,
		fuzzPort: fuzzPort!,
		today: new Date().toISOString().slice(0, 10),
		...seeded
	};
}

const daysFrom = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/* ---------- The tests ---------- */

test('random and hostile values never make an administrator form fail with a 5xx', async ({
	server
}) => {
	const w = await worldOf(server);
	const dates = [w.today, daysFrom(w.today, 1), daysFrom(w.today, -1), daysFrom(w.today, 8)];
	const portFields = {
		name: field('Fuzz crossing', 'Puente'),
		address: field('1 Bridge Road'),
		timezone: field('America/Chicago', 'UTC', 'Mars/Olympus_Mons'),
		instructions_en: field('Bring your papers.\nCome early.'),
		instructions_ar: field('أحضر أوراقك')
	};
	// The administrator's own row is refused (400); the others signed in must stay untouched.
	const rowId = idOtherThan(
		[w.officer.id, w.caseworker.id, w.disposable.id],
		String(w.spare.id),
		String(w.admin.id),
		'999999999'
	);
	// A port organisation of the fuzz port's own, so moving it touches no officer of another test.
	await post(w.admin.client, '/admin/staff?/organisation', {
		org_name: 'Fuzz port officers',
		org_kind: 'port',
		org_port: w.fuzzPort
	});
	const fuzzPortOrganisation = lastId(server, 'organisation');
	const portPage = `/admin/ports/${w.fuzzPort}`;
	const portPath = (action: string) =>
		withHostileId(`${portPage}?/${action}`, (id) => `/admin/ports/${id}?/${action}`);
	const capacityPath = (action: string) =>
		withHostileId(
			`${portPage}/capacity?/${action}`,
			(id) => `/admin/ports/${id}/capacity?/${action}`
		);
	const pattern: Record<string, fc.Arbitrary<Value>> = {};
	for (let d = 0; d < 7; d++) {
		pattern[`times_${d}`] = field('08:00 09:30', '', '8:00,24:00');
		pattern[`seats_${d}`] = field('10', '0', '10001', '');
	}

	await fuzzForms(w.admin.client, [
		{
			path: '/admin/allocation?/settings',
			fields: {
				cutoff: field('18:00', '24:00', '6:00'),
				seniority: field('0', '100', '101'),
				confirm_hours: field('2', '72', '73'),
				horizon: field('1', '60', '61')
			}
		},
		{
			path: '/admin/allocation?/preview',
			fields: { date: field(...dates), confirm: field('yes') }
		},
		{ path: '/admin/allocation?/run', fields: { date: field(...dates), confirm: field('yes') } },
		{
			path: '/admin/allowlist?/add',
			fields: {
				label: field('Casa Esperanza'),
				line1: field('12 Calle Ocho', 'Calle'),
				line2: field('Apt 4'),
				zip: field('78040', '78040-1234')
			}
		},
		{ path: '/admin/allowlist?/remove', fields: { key: field('12|calle ocho||78040') } },
		{
			path: '/admin/audio?/upload',
			multipartOnly: true,
			fields: {
				locale: field('es', 'ar', 'xx'),
				prompt: field('home', 'consent', 'sign_in'),
				file: fc.oneof(
					hostileBytes,
					fc.constant(Buffer.concat([Buffer.from('ID3'), Buffer.alloc(64)])),
					fc.constant(Buffer.from('OggS and no Opus header'))
				)
			}
		},
		{
			path: '/admin/audio?/remove',
			fields: { locale: field('es', 'xx'), prompt: field('home', 'consent') }
		},
		{
			path: '/admin/kiosks?/create',
			fields: { name: field('Front desk'), organisation: field(String(w.shelter), '999') }
		},
		{ path: '/admin/kiosks?/revoke', fields: { id: idOtherThan([w.kioskId], '999999999') } },
		{ path: '/admin/ports?/add', fields: portFields },
		{ path: portPath('save'), fields: portFields },
		{ path: portPath('close') },
		{ path: portPath('reopen') },
		{ path: capacityPath('pattern'), fields: pattern },
		{
			path: capacityPath('dates'),
			fields: {
				from: field(...dates, '2020-01-01'),
				to: field(...dates, daysFrom(w.today, 400)),
				times: field('08:00 09:30', ''),
				seats: field('10', '0'),
				mode: field('pattern', 'slots'),
				weekdays: field('0', '6', '7')
			}
		},
		{
			path: '/admin/staff?/create',
			fields: {
				name: field('Rosa'),
				email: field('rosa@fuzz.test', 'not-an-email'),
				role: field('caseworker', 'officer', 'admin'),
				organisation: field(String(w.shelter), '0')
			}
		},
		{ path: '/admin/staff?/reset', fields: { id: rowId } },
		{
			path: '/admin/staff?/organisation',
			fields: {
				org_name: field('Refugio'),
				org_kind: field('ngo', 'port', 'government'),
				org_port: field('laredo', w.fuzzPort)
			}
		},
		{ path: '/admin/staff?/deactivate', fields: { id: rowId } },
		{ path: '/admin/staff?/activate', fields: { id: rowId } },
		{
			path: withHostileId(`/admin/staff/${w.spare.id}?/save`, (id) => `/admin/staff/${id}?/save`),
			fields: {
				name: field('Dee'),
				role: field('caseworker', 'officer', 'admin'),
				organisation: field(String(w.shelter), String(w.portOrganisation), '0')
			}
		},
		{
			path: `/admin/staff/${w.admin.id}?/save`,
			fields: { name: field('Admin'), role: field('officer'), organisation: field('1') }
		},
		{
			path: withHostileId(
				`/admin/organisations/${w.shelter}?/save`,
				(id) => `/admin/organisations/${id}?/save`
			),
			fields: { org_name: field('Refugio'), org_port: field('laredo', w.fuzzPort) }
		},
		{
			path: `/admin/organisations/${fuzzPortOrganisation}?/save`,
			fields: { org_name: field('Fuzz port officers'), org_port: field(w.fuzzPort, 'nowhere') }
		}
	]);
});

test('random and hostile values never make an officer or caseworker form fail with a 5xx', async ({
	server
}) => {
	const w = await worldOf(server);
	const portPath = (page: string, action: string) =>
		withHostileId(`/port/laredo${page}?/${action}`, (id) => `/port/${id}${page}?/${action}`);
	const reviewPath = (flag: number) =>
		withHostileId(`/review/${flag}?/decide`, (id) => `/review/${id}?/decide`);
	const decision = {
		decision: field('no_concern', 'interview', 'duplicate'),
		note: field('Checked the papers at the desk.', 'x'.repeat(3000))
	};

	await fuzzForms(w.officer.client, [
		{ path: portPath('', 'search'), fields: { query: field('Jean', 'FZZ') } },
		{ path: portPath('', 'arrived'), fields: { code: field('FZZ-AAA-111', 'fzz aaa 111') } },
		{ path: portPath('', 'noShow'), fields: { offer: field('1', '999999999999') } },
		{
			path: portPath('/check-in', 'checkIn'),
			fields: {
				ticket: field('FZZ-AAA-111', 'T1.e30.e30'),
				scanned_at: field(String(Date.now()), String(Date.now() - 3_600_000), '')
			}
		},
		{ path: reviewPath(w.sharedFlag), fields: decision },
		{ path: reviewPath(w.duplicateFlag), fields: decision }
	]);

	await fuzzForms(w.caseworker.client, [
		{ path: '/caseworker?/search', fields: { q: field('Ixchel', 'FZZ-AAA-111', '%', '_') } },
		{ path: '/caseworker/register', fields: { consent: field('yes', 'no') } },
		{
			path: withHostileId(
				`/caseworker/applicants/${w.helpedGroup}?/act`,
				(id) => `/caseworker/applicants/${id}?/act`
			)
		},
		{ path: '/caseworker/stop-acting' }
	]);
});

test('random and hostile values never make a kiosk or applicant form fail with a 5xx', async ({
	server
}) => {
	const w = await worldOf(server);
	const stranger = await httpClient(server.url);
	await fuzzForms(stranger, [
		{ path: '/kiosk/enrol', fields: { code: field('ABCD-EFGH') } },
		{ path: '/kiosk/finish' },
		{ path: '/sign-out' }
	]);
	await fuzzForms(w.kiosk, [{ path: '/kiosk/finish' }]);
	await fuzzForms(w.applicant, [{ path: '/status?/confirm' }, { path: '/status?/decline' }]);
});

test('hostile paths and query strings never make a page or endpoint fail with a 5xx', async ({
	server
}) => {
	const w = await worldOf(server);
	const { admin, officer, caseworker } = w;
	// Never empty: `//x` would be another host.
	const locale = fc.oneof(
		fc.constantFrom('es', 'ar', 'en'),
		segment.filter((s) => s !== '')
	);

	await fuzzGets(admin.client, [
		segment.map((s) => `/admin/allocation/${s}`),
		withQuery('/admin/allocation', 'saved'),
		segment.map((s) => `/admin/ports/${s}`),
		segment.map((s) => `/admin/ports/${s}/capacity`),
		withQuery(`/admin/ports/${w.fuzzPort}/capacity`, 'from', 'to'),
		withQuery(`/admin/ports/${w.fuzzPort}`, 'saved'),
		withQuery('/admin/exports', 'export', 'port', 'from', 'to', 'audit_from', 'audit_to').map(
			(q) => `${q}${q ? '&' : '?'}export=appointments&port=laredo`
		),
		withQuery('/admin/exports', 'export', 'audit_from', 'audit_to').map(
			(q) => `${q}${q ? '&' : '?'}export=audit`
		),
		withQuery('/admin/exports/appointments.csv', 'port', 'from', 'to'),
		fc
			.tuple(fc.constantFrom(w.today, '2020-01-01', '2026-02-29'), segment)
			.map(([from, to]) => `/admin/exports/appointments.csv?port=laredo&from=${from}&to=${to}`),
		withQuery('/admin/exports/audit.csv', 'from', 'to'),
		withQuery('/admin/exports/runs.csv', 'from'),
		withQuery('/admin/audio', 'locale'),
		withQuery('/admin/audit', 'page'),
		withQuery('/admin/languages', 'locale'),
		withQuery('/admin/staff', 'id'),
		withQuery('/admin/kiosks', 'id'),
		withQuery('/admin/allowlist', 'key'),
		withQuery('/admin/ports', 'saved'),
		withQuery('/staff', 'saved'),
		withQuery('/staff/refused', 'from'),
		withQuery('/staff/two-factor', 'secret'),
		withQuery('/staff/password', 'required'),
		withQuery('/staff/sign-out', 'x'),
		withQuery('/staff/sign-in', 'timed-out')
	]);
	await fuzzGets(officer.client, [
		withQuery('/port', 'port'),
		segment.map((s) => `/port/${s}`),
		withQuery('/port/laredo', 'date'),
		segment.map((s) => `/port/${s}/check-in`),
		withQuery('/review', 'status'),
		segment.map((s) => `/review/${s}`),
		withQuery(`/review/${w.duplicateFlag}`, 'status'),
		// An officer may export their own port only: the fuzzing port is refused (403).
		withQuery('/admin/exports', 'port', 'from', 'to').map(
			(q) => `${q}${q ? '&' : '?'}export=appointments&port=${w.fuzzPort}`
		),
		withQuery('/admin/exports/runs.csv', 'from'),
		withQuery('/admin/exports/appointments.csv', 'port', 'from', 'to')
	]);
	await fuzzGets(caseworker.client, [
		withQuery('/caseworker', 'q'),
		segment.map((s) => `/caseworker/applicants/${s}`),
		segment.map((s) => `/caseworker/applicants/${s}/slip`),
		withQuery(`/caseworker/applicants/${w.helpedGroup}/slip`, 'pin'),
		withQuery('/caseworker/register', 'consent'),
		withQuery('/caseworker/stop-acting', 'x')
	]);
	await fuzzGets(w.kiosk, [withQuery('/kiosk', 'locale'), withQuery('/kiosk/enrol', 'code')]);
	await fuzzGets(w.applicant, [
		withQuery('/status', 'done'),
		withQuery('/ticket', 'code'),
		withQuery('/', 'next'),
		withQuery('/start', 'next'),
		withQuery('/allocation', 'date'),
		segment.map((s) => `/api/allocation/${s}`),
		fc.constantFrom(w.today, '2020-01-01', '0000-00-00').map((d) => `/api/allocation/${d}`),
		withQuery('/api/health', 'x'),
		withQuery('/api/ticket-key', 'format'),
		locale.map((l) => `/audio/recorded/${l}`),
		fc.tuple(locale, segment).map(([l, f]) => `/audio/recorded/${l}/${f}`),
		locale.map((l) => `/audio/recorded/${l}/0123456789abcdef.mp3`),
		locale.map((l) => `/${l}/manifest.webmanifest`)
	]);
});

test('a recording is refused cleanly when too large or malformed, and served whole or in ranges', async ({
	server
}) => {
	const w = await worldOf(server);
	const admin = w.admin.client;
	const mp3 = (bytes: number) => Buffer.concat([Buffer.from('ID3'), Buffer.alloc(bytes - 3, 7)]);
	const upload = (buffer: Buffer) =>
		admin.post('/admin/audio?/upload', {
			multipart: {
				locale: 'es',
				prompt: 'home',
				file: { name: 'home.mp3', mimeType: 'audio/mpeg', buffer }
			},
			maxRedirects: 0
		});

	// Over the 500 KB a recording may be but under the body limit: the message beside the field.
	const tooLarge = await upload(mp3(505 * 1024));
	expect(tooLarge.status()).toBe(400);
	expect(await tooLarge.text()).toMatch(
		new RegExp(`id="file-home-error"[^>]*>.*${en.audio_admin_file_too_large!.slice(0, 30)}`, 's')
	);
	// Far over it: refused before it is read.
	const huge = await upload(mp3(2 * 1024 * 1024));
	expect(huge.status()).toBe(413);

	for (const body of [
		'--xyz\r\nContent-Disposition: form-data; name="locale"\r\n\r\nes\r\n--xyz\r\nContent-Disp',
		'no boundary at all',
		'--xyz--\r\n'.repeat(3),
		'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.mp3"\r\n\r\nID3'
	]) {
		for (const type of ['multipart/form-data; boundary=xyz', 'multipart/form-data']) {
			const response = await admin.post('/admin/audio?/upload', {
				headers: { 'content-type': type },
				data: Buffer.from(body),
				maxRedirects: 0
			});
			await expectHandled(response, `malformed multipart ${type} ${JSON.stringify(body)}`);
			expect(response.status()).toBeGreaterThanOrEqual(400);
		}
	}

	// A good one, to fetch with hostile ranges.
	const saved = await upload(mp3(4000));
	expect(saved.status()).toBe(200);
	const list = await (await admin.get('/audio/recorded/es')).json();
	const url = (list as { prompts: Record<string, string> }).prompts.home!;
	expect(url).toMatch(/^\/audio\/recorded\/es\/[0-9a-f]{16}\.mp3$/);
	const range = fc.oneof(
		fc.string({ maxLength: 40 }).map((s) => `bytes=${s}`),
		fc.string({ maxLength: 40 }),
		fc
			.tuple(fc.option(fc.nat(), { nil: undefined }), fc.option(fc.nat(), { nil: undefined }))
			.map(([a, b]) => `bytes=${a ?? ''}-${b ?? ''}`),
		fc.constantFrom(
			'bytes=0-0,1-1',
			'bytes=-0',
			'bytes=99999999999999999999-',
			'bytes=-99999999999999999999',
			'bytes=5-1',
			'bytes=4000-',
			'bytes=1e3-'
		)
	);
	await fc.assert(
		fc.asyncProperty(range, async (r) => {
			const response = await admin.get(url, { headers: { range: r } });
			expect([200, 206, 416], r).toContain(response.status());
		}),
		{ numRuns }
	);
});

test('a staff form body over 64 KB is refused with 413, except on the recordings page', async ({
	server
}) => {
	const w = await worldOf(server);
	for (const path of [
		'/admin/staff?/create',
		'/admin/allowlist?/add',
		'/port/laredo?/search',
		'/review/1?/decide',
		'/caseworker?/search',
		'/staff/sign-in'
	]) {
		const response = await post(w.admin.client, path, { name: 'x'.repeat(70 * 1024) });
		expect(response.status(), path).toBe(413);
	}
	// The recordings page alone takes more: the form is read, and refused for what it lacks.
	const audio = await post(w.admin.client, '/admin/audio?/upload', {
		locale: 'es',
		prompt: 'home',
		name: 'x'.repeat(70 * 1024)
	});
	expect(audio.status()).toBe(400);
	expect(await audio.text()).toContain(en.audio_admin_file_missing!);
});

test('a form posted to no action of the page, or to a name every object has, is not found', async ({
	server
}) => {
	const w = await worldOf(server);
	const pages = [
		'/admin/allocation',
		'/admin/allowlist',
		'/admin/audio',
		'/admin/kiosks',
		'/admin/ports',
		`/admin/ports/${w.fuzzPort}`,
		`/admin/ports/${w.fuzzPort}/capacity`,
		'/admin/staff',
		'/caseworker',
		'/caseworker/register',
		`/caseworker/applicants/${w.helpedGroup}`,
		'/caseworker/stop-acting',
		'/port/laredo',
		'/port/laredo/check-in',
		`/review/${w.sharedFlag}`,
		'/staff/password',
		'/staff/two-factor',
		'/status',
		'/sign-in'
	];
	for (const page of pages) {
		for (const name of ['default', 'nothing', ...prototypeKeys, 'valueOf', '__defineGetter__']) {
			const response = await post(w.admin.client, `${page}?/${name}`, { id: '1' });
			await expectHandled(response, `${page}?/${name}`);
			expect(response.status(), `${page}?/${name}`).toBe(404);
		}
	}
});

// Last: these may end the sessions, change the password or block signing in from this address.
test('random and hostile values never make signing in, out or securing an account fail with a 5xx', async ({
	server
}) => {
	const w = await worldOf(server);
	const pat = w.disposable.client;
	await fuzzForms(pat, [
		{
			path: '/staff/two-factor',
			fields: { secret: field('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'), code: field('123456', '') }
		},
		{
			path: '/staff/password',
			fields: {
				password: field('a long enough passphrase'),
				password_again: field('a long enough passphrase')
			}
		},
		{ path: '/staff/sign-out' }
	]);
	await fuzzForms(w.applicant, [{ path: '/sign-out' }]);
	const stranger = await httpClient(server.url);
	await fuzzForms(stranger, [
		{
			path: '/staff/sign-in',
			fields: {
				email: field(w.disposable.email, 'nobody@fuzz.test'),
				password: field('a passphrase for Pat'),
				code: field('123456')
			}
		}
	]);
	// The administrator's session came through all of it.
	expect((await w.admin.client.get('/staff', { maxRedirects: 0 })).status()).toBe(200);
});
