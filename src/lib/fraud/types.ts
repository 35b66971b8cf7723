/**
 * What the integrity analytics work on and what they find. Pure types: the detectors in this
 * folder take plain records (read from the database by src/lib/server/fraud/) and return
 * findings, which become `flag` rows for a person to review. A finding is never a denial.
 */
import type { UsAddress } from '../server/db/schema';

/** One person as the detectors see them (read once per pass). */
export type PersonRecord = {
	personId: number;
	accountId: number;
	fullName: string;
	/** YYYY-MM-DD. */
	dateOfBirth: string;
	nationality: string;
	/** The account's phone (E.164) or null. */
	phone: string | null;
	/** The account's U.S. address, or null. */
	address: UsAddress | null;
	channel: 'self' | 'kiosk' | 'caseworker';
	/** The kiosk or caseworker organisation the account came through, if any. */
	kioskId: number | null;
	organisationId: number | null;
	networkHash: string | null;
	/** The group's own browser, as a keyed hash; null on a kiosk or with a caseworker. */
	browserHash: string | null;
	/** Ports the account's latest request named (for the evidence only). */
	portIds: string[];
	/** When the account was made (ms). */
	registeredAt: number;
	/** Requests the account has made (all time), with their times (ms). */
	requestTimes: number[];
};

export type FieldAgreement = 'exact' | 'similar' | 'different' | 'missing';

/** How much one field said about two records being one person (Fellegi–Sunter log2 weight). */
export type Contribution = {
	field: 'name' | 'date_of_birth' | 'phone' | 'address' | 'nationality';
	agreement: FieldAgreement;
	/** 0 to 1, for names (Jaro–Winkler); 1 or 0 for the others. */
	similarity: number;
	weight: number;
};

export type SharedAddressEvidence = {
	kind: 'shared_address';
	addressKey: string;
	people: number;
	accounts: number;
	surnames: number;
	ports: string[];
	firstAt: number;
	lastAt: number;
	/** How many addresses in the data hold this many accounts or more (smaller is rarer). */
	addressesThisBusy: number;
};

export type DuplicateEvidence = {
	kind: 'duplicate_person';
	pairs: Array<{ a: number; b: number; score: number; contributions: Contribution[] }>;
	/** Each record of the cluster with its account (pairs in one account are a family, not a match). */
	people?: Array<{ personId: number; accountId: number }>;
};

export type VelocityEvidence = {
	kind: 'velocity';
	subject: 'account' | 'phone' | 'browser' | 'kiosk' | 'caseworker';
	/** What is counted: accounts registered, or requests made. */
	counted: 'registrations' | 'requests';
	period: 'day' | 'month';
	/** The day (YYYY-MM-DD) or month (YYYY-MM) counted, UTC. */
	when: string;
	count: number;
	limit: number;
};

export type NetworkBurstEvidence = {
	kind: 'network_burst';
	accounts: number;
	minutes: number;
	firstAt: number;
	lastAt: number;
};

export type Evidence =
	SharedAddressEvidence | DuplicateEvidence | VelocityEvidence | NetworkBurstEvidence;

/** A pattern found: stored as a `flag` (kind + key identify it from pass to pass). */
export type Finding = {
	kind: Evidence['kind'];
	key: string;
	/** 0 to 100: how strongly the evidence points at a problem (for the queue's order). */
	score: number;
	accountIds: number[];
	personIds: number[];
	evidence: Evidence;
};
