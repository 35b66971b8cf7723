/**
 * What a simulated person does, as autocannon requests.
 *
 * A visit is one person's short session: a few pages and form posts, in order, with that
 * person's own cookies and network address. Each autocannon connection plays one visit after
 * another. autocannon walks a connection through its `requests` array and empties the
 * connection's context each time it starts the array again; it also starts again as soon as
 * `setupRequest` returns nothing. So the array is as long as the longest visit, every entry
 * asks the same `nextRequest`, and the context is the visit: its first request picks who the
 * person is and what they do, and the visit ends by returning nothing, which gives the
 * connection a fresh context for the next person.
 *
 * Everything a request needs is computed before the run or is a string joined from parts
 * computed before it: the load generator shares two cores with the server.
 */
import type autocannon from 'autocannon';

/** A pre-made account, with what signing in or being signed in needs (see accounts.ts). */
export type Premade = {
	/** `code=…&pin=…`, as the sign-in form posts it. */
	signInBody: string;
	/** The token of a session, as a phone keeps it for 30 days. */
	sessionToken: string;
};

export type Pools = {
	/** Accounts with a request in the pool: signed in again and again (never two at once). */
	settled: Premade[];
	/** Accounts without a request, each used once to send one. */
	fresh: Premade[];
};

export type VisitKind = 'browse' | 'status' | 'signIn' | 'register' | 'request';

type Visit = {
	kind: VisitKind;
	steps: readonly Step[];
	next: number;
	/** The step whose answer has not come yet (a timeout or a broken connection leaves it set). */
	waiting: Step | null;
	/** When it was sent (performance.now()). */
	sentAt: number;
	failed: boolean;
	prefix: string;
	address: string;
	cookies: Record<string, string>;
	cookieHeader: string;
	account: Premade | null;
	person: number;
	submissionKey: string;
};

type Step = {
	/** The route, for the breakdown of answers (without the language prefix). */
	label: string;
	method: 'GET' | 'POST';
	path: string;
	body?: string | ((visit: Visit) => string);
	expect: 200 | 303;
	/** Where a 303 must send the person; anything else is a broken flow. */
	to?: RegExp;
	/** Asked without compression, because the page is read (autocannon does not inflate). */
	plain?: boolean;
	/** Takes what the next step needs from the page; false when it is not there. */
	read?: (body: string, visit: Visit) => boolean;
};

function page(path: string, more: Partial<Step> = {}): Step {
	return { label: `GET ${path.split('?')[0]}`, method: 'GET', path, expect: 200, ...more };
}

function post(path: string, body: Step['body'], to: RegExp): Step {
	return { label: `POST ${path}`, method: 'POST', path, body, expect: 303, to };
}

// Registration answers: many different people, as the integrity check sees them arrive.
const firstNames = [
	'María',
	'José',
	'Ana',
	'Luis',
	'Carmen',
	'Jorge',
	'Rosa',
	'Juan',
	'Elena',
	'Carlos',
	'Ixchel',
	'Wilson',
	'Yesenia',
	'Kevin',
	'Daniela',
	'Marvin',
	'Fátima',
	'Edwin',
	'Glenda',
	'Óscar'
];
const surnames = [
	'García',
	'López',
	'Hernández',
	'Martínez',
	'González',
	'Pérez',
	'Rodríguez',
	'Sánchez',
	'Ramírez',
	'Cruz',
	'Flores',
	'Morales',
	'Reyes',
	'Jiménez',
	'Vásquez',
	'Castillo',
	'Ortiz',
	'Chávez',
	'Mendoza',
	"K'iche'"
];
const nationalities = ['GT', 'HN', 'SV', 'MX', 'VE', 'CU', 'HT', 'CO', 'EC', 'NI'];

/** The n-th of 8,000 names (first name and two surnames). */
export function personName(n: number): string {
	const a = firstNames[n % 20]!;
	const b = surnames[Math.floor(n / 20) % 20]!;
	const c = surnames[Math.floor(n / 400) % 20]!;
	return `${a} ${b} ${c}`;
}

/** The n-th date of birth, spread over forty years. */
export function birthDate(n: number): { day: number; month: number; year: number } {
	return { day: 1 + (n % 28), month: 1 + (Math.floor(n / 28) % 12), year: 1965 + (n % 40) };
}

const nameBodies = Array.from({ length: 8000 }, (_, n) =>
	new URLSearchParams({ full_name: personName(n) }).toString()
);
const birthBodies = Array.from({ length: 8000 }, (_, n) => {
	const d = birthDate(n);
	return `dob-day=${d.day}&dob-month=${d.month}&dob-year=${d.year}`;
});
const nationalityBodies = nationalities.map((code) => `nationality=${code}`);

// Preferences as people give them: one, two or three ports.
const portBodies = [
	'port_1=laredo&port_2=hidalgo&port_3=',
	'port_1=el-paso&port_2=&port_3=',
	'port_1=san-ysidro&port_2=calexico&port_3=nogales',
	'port_1=brownsville&port_2=hidalgo&port_3=',
	'port_1=eagle-pass&port_2=laredo&port_3='
];

/** Ten days ahead, as the end-to-end tests choose (inside the allocation horizon). */
export function travelDateBody(now = Date.now()): string {
	const d = new Date(now + 10 * 86_400_000);
	return `travel-day=${d.getUTCDate()}&travel-month=${d.getUTCMonth() + 1}&travel-year=${d.getUTCFullYear()}`;
}
const travelBody = travelDateBody();

const submissionKey = /name="submission_key" value="([0-9a-f-]{36})"/;

/** The request steps, from the port choice to the status page that shows the request sent. */
const requestSteps: Step[] = [
	page('/request/ports'),
	post('/request/ports', (v) => portBodies[v.person % portBodies.length]!, /\/request\/date$/),
	page('/request/date'),
	post('/request/date', travelBody, /\/request\/check$/),
	page('/request/check', {
		plain: true,
		read: (body, v) => {
			const key = submissionKey.exec(body)?.[1];
			if (key) v.submissionKey = key;
			return !!key;
		}
	}),
	post('/request/check', (v) => `submission_key=${v.submissionKey}`, /\/status\?done=sent$/),
	page('/status?done=sent')
];

/** The form flow a browser without JavaScript goes through (tests/e2e/support/http-applicant.ts). */
const registerSteps: Step[] = [
	page('/start'),
	page('/register/group-size'),
	post('/register/group-size', 'group_size=1', /\/register\/person\/1\/name$/),
	page('/register/person/1/name'),
	post(
		'/register/person/1/name',
		(v) => nameBodies[v.person % nameBodies.length]!,
		/\/register\/person\/1\/date-of-birth$/
	),
	page('/register/person/1/date-of-birth'),
	post(
		'/register/person/1/date-of-birth',
		(v) => birthBodies[v.person % birthBodies.length]!,
		/\/register\/person\/1\/nationality$/
	),
	page('/register/person/1/nationality'),
	post(
		'/register/person/1/nationality',
		(v) => nationalityBodies[v.person % nationalityBodies.length]!,
		/\/register\/phone$/
	),
	page('/register/phone'),
	post('/register/phone', 'phone=', /\/register\/address$/),
	page('/register/address'),
	post('/register/address', '', /\/register\/check$/),
	page('/register/check'),
	// Makes the account: a new PIN hashed with argon2id on the server.
	post('/register/check', '', /\/register\/done$/),
	page('/register/done'),
	post('/register/done', '', /\/request\/ports$/),
	...requestSteps
];

export const visitSteps: Record<VisitKind, readonly Step[]> = {
	/** Someone new: the language page, then the start page. */
	browse: [page('/'), page('/start')],
	/** Someone signed in on their phone looks at their status. */
	status: [page('/status')],
	/** Someone signs in again (new phone, cleared browser), then sees their status. */
	signIn: [
		page('/sign-in'),
		post('/sign-in', (v) => v.account!.signInBody, /\/status$/),
		page('/status')
	],
	/** Someone registers and, as the flow leads them, asks for an appointment. */
	register: registerSteps,
	/** Someone signed in, without a request now, sends one. */
	request: [page('/status'), ...requestSteps]
};

export type Profile = 'mix' | 'surge';

/**
 * How many visits of each kind, per hundred. Most traffic is reading: in the mix, status
 * pages are about 40% of requests and pages (GET) about three quarters; posts are the rest.
 *
 * mix, a working day: sessions last 30 days on a phone, so most people who come back are
 * still signed in and only read their status (64). New visitors read the language and start
 * pages (16). Signing in again is rarer (10), and each one costs an argon2id verification.
 * Requests are sent by people whose last one ended (8, eight requests each), registrations
 * are once per group (2, but 24 requests each, among them a new PIN's argon2id hash). That is
 * 238 requests per hundred visits, 5% of them hashing a PIN.
 *
 * surge, 9 am: offers and results are out and many people open the service within a minute.
 * Most still hold their session and read their status (80); one in five signs in again (20),
 * so about 14% of requests verify a PIN.
 */
export const profileWeights: Record<Profile, Partial<Record<VisitKind, number>>> = {
	mix: { status: 64, browse: 16, signIn: 10, request: 8, register: 2 },
	surge: { status: 80, signIn: 20 }
};

/** Languages of the visits: the URL prefix decides the page's language (English has none). */
const prefixes = ['', '', '', '', '/es', '/es', '/es', '/es', '/ht', '/pt'];

export type Tally = {
	visits: Record<VisitKind, number>;
	/** Visits the fresh accounts ran out for (played as status visits instead). */
	exhausted: number;
	/** Answers by step and status. */
	answers: Map<string, Map<number, number>>;
	/** Answers below 400 that were not what the flow expects: step → status or "303 → where". */
	unexpected: Map<string, number>;
	/** Visits given up after a request without an answer (timeout, broken connection). */
	unanswered: number;
	/** 303 answers by step, from the first request on (the rest counts from the measurement). */
	redirected: Map<string, number>;
};

export function newTally(): Tally {
	return {
		visits: { browse: 0, status: 0, signIn: 0, register: 0, request: 0 },
		exhausted: 0,
		answers: new Map(),
		unexpected: new Map(),
		unanswered: 0,
		redirected: new Map()
	};
}

/** Bit-reversed 24-bit counter: consecutive people land in different /24 networks. */
function addressOf(n: number): string {
	let r = 0;
	for (let i = 0; i < 24; i++) r = (r << 1) | ((n >> i) & 1);
	return `10.${(r >> 16) & 255}.${(r >> 8) & 255}.${r & 255}`;
}

export type LoadPlan = {
	requests: autocannon.Request[];
	tally: Tally;
	/**
	 * The step of the answer being counted: autocannon calls onResponse, then, at once and
	 * before anything else, emits the answer's latency, which is filed under this step.
	 */
	answering: () => string | null;
	/** Counts the requests sent from now on (the warm-up is over), except `redirected`. */
	startMeasuring: () => void;
};

/**
 * The requests for autocannon, drawing visits with the given weights (a profile's). `people`
 * and the pools' cursors are shared by every connection of the run, so no two people have the
 * same address and no account signs in on two connections at once.
 */
export function loadPlan(
	weights: Partial<Record<VisitKind, number>>,
	pools: Pools,
	origin: string,
	cursors: { people: number; settled: number; fresh: number }
): LoadPlan {
	const tally = newTally();
	let answering: string | null = null;
	let measuringSince = 0;
	const deck: VisitKind[] = [];
	for (const [kind, weight] of Object.entries(weights))
		for (let i = 0; i < weight; i++) deck.push(kind as VisitKind);

	const begin = (v: Visit) => {
		let kind = deck[Math.floor(Math.random() * deck.length)]!;
		v.account = null;
		v.cookies = {};
		if (kind === 'request') {
			const account = pools.fresh[cursors.fresh];
			if (account) {
				cursors.fresh++;
				v.account = account;
			} else {
				tally.exhausted++;
				kind = 'status';
			}
		}
		if (kind === 'status' || kind === 'signIn') {
			v.account = pools.settled[cursors.settled++ % pools.settled.length]!;
		}
		if (v.account && kind !== 'signIn') {
			v.cookies.turno_session = v.account.sessionToken;
		}
		tally.visits[kind]++;
		v.kind = kind;
		v.steps = visitSteps[kind];
		v.next = 0;
		v.waiting = null;
		v.failed = false;
		v.person = cursors.people++;
		v.address = addressOf(v.person);
		v.prefix = prefixes[v.person % prefixes.length]!;
		v.cookieHeader = cookieHeader(v.cookies);
		v.submissionKey = '';
	};

	const nextRequest = (request: autocannon.Request, context: object): autocannon.Request => {
		const v = context as Visit;
		if (v.steps === undefined) begin(v);
		else if (v.waiting) {
			tally.unanswered++;
			return endOfVisit;
		}
		if (v.failed || v.next >= v.steps.length) return endOfVisit;
		const step = v.steps[v.next++]!;
		v.waiting = step;
		v.sentAt = performance.now();
		const headers: Record<string, string> = {
			accept: 'text/html,application/xhtml+xml',
			'sec-fetch-mode': 'navigate',
			'x-forwarded-for': v.address
		};
		if (!step.plain) headers['accept-encoding'] = 'gzip, deflate, br';
		if (v.cookieHeader) headers.cookie = v.cookieHeader;
		request.method = step.method;
		// A language's home is /es, not /es/ (which redirects there).
		request.path = v.prefix ? v.prefix + (step.path === '/' ? '' : step.path) : step.path;
		if (step.method === 'POST') {
			const body = typeof step.body === 'function' ? step.body(v) : (step.body ?? '');
			// A browser's form post: its own origin (SvelteKit's CSRF check) and the form type.
			headers.origin = origin;
			headers['content-type'] = 'application/x-www-form-urlencoded';
			// autocannon sends no length for an empty body; a browser sends 0.
			if (!body) headers['content-length'] = '0';
			request.body = body;
		} else {
			request.body = undefined;
		}
		request.headers = headers;
		return request;
	};

	const onResponse = (
		status: number,
		body: string,
		context: object,
		headers: autocannon.Request['headers']
	) => {
		const v = context as Visit;
		const step = v.waiting;
		answering = step?.label ?? null;
		if (!step) return;
		v.waiting = null;
		if (status === 303)
			tally.redirected.set(step.label, (tally.redirected.get(step.label) ?? 0) + 1);
		const counted = v.sentAt >= measuringSince;
		if (counted) {
			let byStatus = tally.answers.get(step.label);
			if (!byStatus) tally.answers.set(step.label, (byStatus = new Map()));
			byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
		}
		const setCookie = headers?.['set-cookie'];
		if (setCookie) keepCookies(v, setCookie);
		let wrong: string | null = null;
		if (status !== step.expect) wrong = String(status);
		else if (step.to) {
			const location = String(headers?.location ?? '');
			if (!step.to.test(location))
				wrong = `${status} → ${location.replace(/^\/[a-z]{2,3}\//, '/')}`;
		} else if (step.read && !step.read(body, v))
			wrong = `${status} without what the page should have`;
		if (wrong !== null) {
			v.failed = true;
			// 4xx and 5xx are errors, counted by route already; these are the other surprises.
			if (!counted || status >= 400) return;
			const key = `${step.label}: ${wrong}`;
			tally.unexpected.set(key, (tally.unexpected.get(key) ?? 0) + 1);
		}
	};

	// One entry more than the longest visit, so that a visit always ends by returning nothing.
	const longest = Math.max(...Object.values(visitSteps).map((steps) => steps.length));
	const requests = Array.from({ length: longest + 1 }, () => ({
		setupRequest: nextRequest,
		onResponse
	}));
	const startMeasuring = () => {
		Object.assign(tally, { ...newTally(), redirected: tally.redirected });
		measuringSince = performance.now();
	};
	return { requests, tally, answering: () => answering, startMeasuring };
}

/** autocannon starts the connection's next visit when setupRequest returns nothing. */
const endOfVisit = null as unknown as autocannon.Request;

function keepCookies(v: Visit, setCookie: string | string[]): void {
	for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
		const end = line.indexOf(';');
		const pair = end < 0 ? line : line.slice(0, end);
		const eq = pair.indexOf('=');
		const name = pair.slice(0, eq).trim();
		const value = pair.slice(eq + 1).trim();
		if (!value || /;\s*max-age=0/i.test(line)) delete v.cookies[name];
		else v.cookies[name] = value;
	}
	v.cookieHeader = cookieHeader(v.cookies);
}

function cookieHeader(cookies: Record<string, string>): string {
	let header = '';
	for (const name in cookies) header += `${header ? '; ' : ''}${name}=${cookies[name]}`;
	return header;
}
