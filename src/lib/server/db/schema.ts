/**
 * The database tables. Names follow the domain vocabulary of docs/ARCHITECTURE.md.
 * Times are integers: milliseconds since the Unix epoch (UTC).
 */
import { sql } from 'drizzle-orm';
import {
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex,
	index
} from 'drizzle-orm/sqlite-core';

export const port = sqliteTable('port', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	/** Where to go, as shown on offers and tickets. */
	address: text('address').notNull().default(''),
	timezone: text('timezone').notNull(),
	sortOrder: integer('sort_order').notNull(),
	active: integer('active', { mode: 'boolean' }).notNull().default(true),
	/** What to bring and where to queue, per locale ({ "es": "…" }); shown on offers and tickets. */
	instructions: text('instructions', { mode: 'json' })
		.notNull()
		.default(sql`'{}'`)
		.$type<Record<string, string>>()
});

/** Weekly capacity: seats per port, weekday (0 = Sunday) and time slot ("08:00"). */
export const capacityTemplate = sqliteTable(
	'capacity_template',
	{
		portId: text('port_id')
			.notNull()
			.references(() => port.id),
		weekday: integer('weekday').notNull(),
		slotTime: text('slot_time').notNull(),
		seats: integer('seats').notNull()
	},
	(t) => [primaryKey({ columns: [t.portId, t.weekday, t.slotTime] })]
);

export const account = sqliteTable('account', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	bookingCode: text('booking_code').notNull().unique(),
	pinHash: text('pin_hash').notNull(),
	locale: text('locale').notNull(),
	channel: text('channel', { enum: ['self', 'kiosk', 'caseworker'] }).notNull(),
	/** E.164, or null when the group gave none. */
	phone: text('phone'),
	/** The optional U.S. address, as typed after validation. */
	usAddress: text('us_address', { mode: 'json' }).$type<UsAddress | null>(),
	/** Registered with a caseworker: their organisation follows the group. */
	organisationId: integer('organisation_id').references(() => organisation.id),
	/** When the group agreed to a caseworker registering them (the consent statement). */
	consentAt: integer('consent_at'),
	/**
	 * A keyed hash of the network the registration came from (an IPv4 /24 or IPv6 /48), never
	 * the address: lets the analytics see many accounts made from one network in minutes.
	 */
	networkHash: text('network_hash'),
	/**
	 * A keyed hash of the random cookie of the browser the group registered on by themselves
	 * (fraud/browser.ts): lets the analytics count accounts made on one phone's browser. Null
	 * for kiosks and caseworkers, which are counted as such.
	 */
	browserHash: text('browser_hash'),
	/** Registered on a shelter's kiosk. */
	kioskId: integer('kiosk_id').references(() => kiosk.id),
	/** A reviewer found this account to be a duplicate of that one, and merged them. */
	mergedInto: integer('merged_into'),
	createdAt: integer('created_at').notNull()
});

export type UsAddress = { line1: string; line2: string; city: string; state: string; zip: string };

export const person = sqliteTable(
	'person',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		accountId: integer('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		fullName: text('full_name').notNull(),
		/** ISO date, YYYY-MM-DD. */
		dateOfBirth: text('date_of_birth').notNull(),
		/** ISO 3166-1 alpha-2 code, or "XX" for stateless or unknown. */
		nationality: text('nationality').notNull()
	},
	(t) => [uniqueIndex('person_account_position').on(t.accountId, t.position)]
);

import { requestStatuses } from '../../request-status';
export { requestStatuses, type RequestStatus } from '../../request-status';

export const appointmentRequest = sqliteTable(
	'request',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		accountId: integer('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		status: text('status', { enum: requestStatuses }).notNull(),
		partySize: integer('party_size').notNull(),
		/** Port ids, first preference first (1 to 3). */
		portIds: text('port_ids', { mode: 'json' }).notNull().$type<string[]>(),
		/** ISO date, YYYY-MM-DD: the earliest day the group can travel. */
		earliestDate: text('earliest_date').notNull(),
		waitingSince: integer('waiting_since').notNull(),
		priorityTier: integer('priority_tier').notNull().default(0),
		/** The form's one-time key: a resent form finds its request instead of making another. */
		submissionKey: text('submission_key').notNull().unique(),
		createdAt: integer('created_at').notNull(),
		updatedAt: integer('updated_at').notNull()
	},
	(t) => [
		// One active request per account, enforced by the database itself.
		uniqueIndex('request_one_active_per_account')
			.on(t.accountId)
			.where(sql`status in ('pooled', 'offered', 'confirmed')`),
		index('request_status').on(t.status)
	]
);

/** Registration answers saved at every step, before any account exists. */
export const registrationDraft = sqliteTable('registration_draft', {
	/** SHA-256 of the draft cookie's token: the token itself is never stored. */
	id: text('id').primaryKey(),
	data: text('data', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
	/** Set once, atomically, when the draft became an account. */
	accountId: integer('account_id').references(() => account.id, { onDelete: 'cascade' }),
	/** The new PIN, kept only until the person says they have saved it (or 24 hours). */
	pinOnce: text('pin_once'),
	/** A caseworker filling it in for the group (staff id), after the group's consent. */
	assistedBy: integer('assisted_by').references(() => staffUser.id),
	/** Filled in on a kiosk. */
	kioskId: integer('kiosk_id').references(() => kiosk.id),
	consentAt: integer('consent_at'),
	createdAt: integer('created_at').notNull(),
	updatedAt: integer('updated_at').notNull()
});

/** Request answers saved at every step, one draft per account. */
export const requestDraft = sqliteTable('request_draft', {
	accountId: integer('account_id')
		.primaryKey()
		.references(() => account.id, { onDelete: 'cascade' }),
	data: text('data', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
	updatedAt: integer('updated_at').notNull()
});

export const applicantSession = sqliteTable(
	'applicant_session',
	{
		/** SHA-256 of the session cookie's token. */
		id: text('id').primaryKey(),
		accountId: integer('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		/** A caseworker acting for the group: every action is audited with them as actor. */
		actingStaffId: integer('acting_staff_id').references(() => staffUser.id),
		/** Opened on a kiosk: it ends with the kiosk visit (Finish, or the idle countdown). */
		kioskId: integer('kiosk_id').references(() => kiosk.id),
		createdAt: integer('created_at').notNull(),
		lastSeenAt: integer('last_seen_at').notNull(),
		expiresAt: integer('expires_at').notNull()
	},
	(t) => [index('applicant_session_account').on(t.accountId)]
);

/** Failed attempts per key (a hashed booking code, an IP address), for sign-in limits. */
export const rateLimit = sqliteTable('rate_limit', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull(),
	firstFailureAt: integer('first_failure_at').notNull(),
	blockedUntil: integer('blocked_until').notNull()
});

/** Capacity for one port on one date, replacing that day's weekly template. */
export const capacityOverride = sqliteTable(
	'capacity_override',
	{
		portId: text('port_id')
			.notNull()
			.references(() => port.id),
		date: text('date').notNull(),
		slotTime: text('slot_time').notNull(),
		seats: integer('seats').notNull()
	},
	(t) => [primaryKey({ columns: [t.portId, t.date, t.slotTime] })]
);

export const runStatuses = ['committed', 'running', 'done', 'failed'] as const;

/**
 * One allocation per date. The row exists from the moment its seed is committed (the window
 * opens); claiming it (committed → running) is one atomic UPDATE, so two server processes on
 * one database never run the same date twice.
 */
export const allocationRun = sqliteTable('allocation_run', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	runDate: text('run_date').notNull().unique(),
	status: text('status', { enum: runStatuses }).notNull(),
	/** Secret until the run is done; its SHA-256 is public from the start. */
	seed: text('seed').notNull(),
	seedCommitment: text('seed_commitment').notNull(),
	algorithmVersion: text('algorithm_version'),
	cutoff: integer('cutoff').notNull(),
	/** The anonymised inputs and the outputs, as published (published-run.ts). */
	published: text('published'),
	inputsDigest: text('inputs_digest'),
	equityReport: text('equity_report', { mode: 'json' }),
	offersMade: integer('offers_made'),
	claimedBy: text('claimed_by'),
	committedAt: integer('committed_at').notNull(),
	startedAt: integer('started_at'),
	finishedAt: integer('finished_at'),
	error: text('error')
});

export const offerStatuses = ['offered', 'confirmed', 'declined', 'expired', 'cancelled'] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/** An offer of seats in one slot to one request; confirmed, it is the appointment. */
export const offer = sqliteTable(
	'offer',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		requestId: integer('request_id')
			.notNull()
			.references(() => appointmentRequest.id, { onDelete: 'cascade' }),
		runId: integer('run_id')
			.notNull()
			.references(() => allocationRun.id),
		portId: text('port_id')
			.notNull()
			.references(() => port.id),
		date: text('date').notNull(),
		slotTime: text('slot_time').notNull(),
		seats: integer('seats').notNull(),
		status: text('status', { enum: offerStatuses }).notNull(),
		confirmBy: integer('confirm_by').notNull(),
		/** At the port: when the group was checked in, or marked as not having come, and by whom. */
		attendance: text('attendance', { enum: ['arrived', 'no_show'] }),
		attendanceAt: integer('attendance_at'),
		attendanceBy: integer('attendance_by').references(() => staffUser.id),
		createdAt: integer('created_at').notNull(),
		updatedAt: integer('updated_at').notNull()
	},
	(t) => [
		index('offer_request').on(t.requestId),
		index('offer_slot').on(t.portId, t.date, t.slotTime),
		index('offer_status_confirm_by').on(t.status, t.confirmBy)
	]
);

/**
 * Submissions sent again from a device's offline queue carry an idempotency key: the first
 * that succeeds leaves its receipt here, and any copy of it gets the same answer without
 * running the action again. Only successes are kept, and only where they led (no form data).
 */
export const submissionReceipt = sqliteTable('submission_receipt', {
	/** SHA-256 of the key. */
	id: text('id').primaryKey(),
	location: text('location').notNull(),
	createdAt: integer('created_at').notNull()
});

export const organisationKinds = ['ngo', 'port', 'government'] as const;

/** An NGO shelter, a port, or the agency that runs Turno. Staff and kiosks belong to one. */
export const organisation = sqliteTable('organisation', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	name: text('name').notNull(),
	kind: text('kind', { enum: organisationKinds }).notNull(),
	/** For a port organisation: the port its officers work at. */
	portId: text('port_id').references(() => port.id),
	createdAt: integer('created_at').notNull()
});

export const staffRoles = ['caseworker', 'officer', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffUser = sqliteTable('staff_user', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	organisationId: integer('organisation_id')
		.notNull()
		.references(() => organisation.id),
	/** Lower-cased. */
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	role: text('role', { enum: staffRoles }).notNull(),
	/** argon2id. */
	passwordHash: text('password_hash').notNull(),
	/** Set by an admin's reset: the next sign-in must choose a new password. */
	mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull(),
	/** Base32 TOTP secret once the second factor is on (RFC 6238). */
	totpSecret: text('totp_secret'),
	/** The last TOTP step accepted, so a code cannot be used twice. */
	totpLastStep: integer('totp_last_step'),
	active: integer('active', { mode: 'boolean' }).notNull(),
	createdAt: integer('created_at').notNull()
});

export const staffSession = sqliteTable(
	'staff_session',
	{
		/** SHA-256 of the cookie's token. */
		id: text('id').primaryKey(),
		staffUserId: integer('staff_user_id')
			.notNull()
			.references(() => staffUser.id, { onDelete: 'cascade' }),
		createdAt: integer('created_at').notNull(),
		lastSeenAt: integer('last_seen_at').notNull(),
		/** Never extended: a session ends this long after sign-in, however busy. */
		expiresAt: integer('expires_at').notNull()
	},
	(t) => [index('staff_session_user').on(t.staffUserId)]
);

/**
 * The audit log: append-only (triggers refuse UPDATE and DELETE), hash-chained (each hash
 * covers the previous one). See src/lib/server/audit/.
 */
export const auditEntry = sqliteTable('audit_entry', {
	id: integer('id').primaryKey(),
	at: integer('at').notNull(),
	actorKind: text('actor_kind').notNull(),
	actorId: text('actor_id').notNull(),
	action: text('action').notNull(),
	subject: text('subject').notNull(),
	details: text('details', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
	prevHash: text('prev_hash').notNull(),
	hash: text('hash').notNull()
});

/** The newest audit entry's id and hash, written with it: entries cut off the end show. */
export const auditHead = sqliteTable('audit_head', {
	one: integer('one').primaryKey(),
	lastId: integer('last_id').notNull(),
	lastHash: text('last_hash').notNull()
});

/**
 * A shared device at a shelter. An admin makes a one-time enrolment code; typed on the
 * device, it becomes a long-lived device token (both stored only as SHA-256).
 */
export const kiosk = sqliteTable('kiosk', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	organisationId: integer('organisation_id')
		.notNull()
		.references(() => organisation.id),
	name: text('name').notNull(),
	enrolmentCodeHash: text('enrolment_code_hash'),
	enrolmentExpiresAt: integer('enrolment_expires_at'),
	tokenHash: text('token_hash').unique(),
	enrolledAt: integer('enrolled_at'),
	revokedAt: integer('revoked_at'),
	createdBy: integer('created_by')
		.notNull()
		.references(() => staffUser.id),
	createdAt: integer('created_at').notNull()
});

/**
 * The allocation settings an administrator chose; a missing row (or column) means the
 * installation's defaults from the environment (config.ts).
 */
export const allocationSetting = sqliteTable('allocation_setting', {
	one: integer('one').primaryKey(),
	/** HH:MM in the allocation's time zone: the day's request window closes here. */
	cutoff: text('cutoff').notNull(),
	/** Percent of seats given by seniority before the lottery. */
	seniorityPercent: integer('seniority_percent').notNull(),
	confirmHours: integer('confirm_hours').notNull(),
	horizonDays: integer('horizon_days').notNull(),
	updatedAt: integer('updated_at').notNull(),
	updatedBy: integer('updated_by').references(() => staffUser.id)
});

/**
 * A human recording of one prompt in one locale, replacing the synthesised audio. The file
 * lives in the recordings directory beside the database, named by its content hash.
 */
export const audioRecording = sqliteTable(
	'audio_recording',
	{
		locale: text('locale').notNull(),
		prompt: text('prompt').notNull(),
		/** First 16 hex digits of the file's SHA-256: its name, so caches never serve an old one. */
		hash: text('hash').notNull(),
		format: text('format', { enum: ['opus', 'mp3'] }).notNull(),
		bytes: integer('bytes').notNull(),
		uploadedBy: integer('uploaded_by')
			.notNull()
			.references(() => staffUser.id),
		uploadedAt: integer('uploaded_at').notNull()
	},
	(t) => [primaryKey({ columns: [t.locale, t.prompt] })]
);

export const flagKinds = [
	'shared_address',
	'duplicate_person',
	'velocity',
	'network_burst'
] as const;
export type FlagKind = (typeof flagKinds)[number];
export const flagStatuses = ['open', 'no_concern', 'interview', 'duplicate'] as const;
export type FlagStatus = (typeof flagStatuses)[number];

/**
 * A pattern found by the integrity analytics, for a person to review: never a denial by
 * itself. One row per pattern (kind + key), refreshed when a later pass finds it again.
 */
export const flag = sqliteTable(
	'flag',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		kind: text('kind', { enum: flagKinds }).notNull(),
		/** What makes the pattern the same one from pass to pass (an address key, a cluster). */
		key: text('key').notNull(),
		score: integer('score').notNull(),
		/** Accounts and people involved (ids only). */
		subjects: text('subjects', { mode: 'json' })
			.notNull()
			.$type<{ accountIds: number[]; personIds: number[] }>(),
		/** Which fields matched and how much each contributed; see src/lib/fraud/types.ts. */
		evidence: text('evidence', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
		status: text('status', { enum: flagStatuses }).notNull(),
		reviewedBy: integer('reviewed_by').references(() => staffUser.id),
		reviewedAt: integer('reviewed_at'),
		note: text('note'),
		createdAt: integer('created_at').notNull(),
		updatedAt: integer('updated_at').notNull()
	},
	(t) => [
		uniqueIndex('flag_kind_key').on(t.kind, t.key),
		index('flag_status_score').on(t.status, t.score)
	]
);

/** Addresses that legitimately house many people (shelters, sponsor organisations). */
export const addressAllowlist = sqliteTable('address_allowlist', {
	/** The normalised address key (number + street + unit + ZIP5). */
	addressKey: text('address_key').primaryKey(),
	label: text('label').notNull(),
	addedBy: integer('added_by').references(() => staffUser.id),
	createdAt: integer('created_at').notNull()
});

/**
 * Matching keys of each person, written at registration, so a new registration is compared
 * with earlier ones by index lookups instead of a full pass.
 */
export const personKey = sqliteTable(
	'person_key',
	{
		personId: integer('person_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		accountId: integer('account_id').notNull(),
		/** 'dob_surname', 'phone', 'address', 'network'. */
		kind: text('kind').notNull(),
		value: text('value').notNull(),
		createdAt: integer('created_at').notNull()
	},
	(t) => [index('person_key_lookup').on(t.kind, t.value), index('person_key_person').on(t.personId)]
);

/** The SQLite job queue (the outbox): work done after the request that asked for it. */
export const job = sqliteTable(
	'job',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		channel: text('channel').notNull(),
		payload: text('payload', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
		attempts: integer('attempts').notNull().default(0),
		nextTryAt: integer('next_try_at').notNull(),
		/** Set by the process working on it; a job claimed long ago is taken over. */
		claimedBy: text('claimed_by'),
		claimedAt: integer('claimed_at'),
		doneAt: integer('done_at'),
		error: text('error'),
		createdAt: integer('created_at').notNull()
	},
	(t) => [index('job_due').on(t.doneAt, t.nextTryAt)]
);
