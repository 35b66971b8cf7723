/**
 * The retention rule for people's personal data, pure: given what the database says about an
 * account and the day it is, whether the account's data is due to be purged, and under which
 * part of the rule — or, if not, why it is kept. See docs/ARCHITECTURE.md, "Retention of
 * personal data". No database, no framework: the job (purge.ts) reads the facts and acts.
 */
import { addDays } from '../../schemas/date-parts';
import { dateInZone } from '../allocation/schedule';

export type RetentionPolicy = {
	/** Whole days kept after the last appointment day (and after the last use). */
	daysAfterAppointment: number;
	/** Whole days kept after the last use, for an account that never had an appointment. */
	daysInactive: number;
	/** Whose calendar "today" and "the day of the last use" are read in. */
	timeZone: string;
};

/**
 * Checks the periods before anything is deleted by them: a typo in the environment must stop
 * the server, not purge everyone (`Number('')` is 0, `Number('90d')` is NaN).
 */
export function retentionPolicy(input: RetentionPolicy): RetentionPolicy {
	const check = (name: string, value: number) => {
		if (!Number.isInteger(value) || value < 1) {
			throw new RangeError(`${name} must be a whole number of days, at least 1 (got ${value})`);
		}
	};
	check('RETENTION_DAYS_AFTER_APPOINTMENT', input.daysAfterAppointment);
	check('RETENTION_DAYS_INACTIVE', input.daysInactive);
	dateInZone(0, input.timeZone); // throws on an unknown time zone
	return { ...input };
}

/** What the rule needs to know about one account, read in one go for every account. */
export type AccountFacts = {
	accountId: number;
	/** The latest date (YYYY-MM-DD) of any offer the account ever had, whatever became of it. */
	lastAppointmentDate: string | null;
	/** The latest date of an offer still offered or confirmed (null when there is none). */
	lastPendingAppointmentDate: string | null;
	/** A request of the account is waiting in the pool. */
	waiting: boolean;
	/** One of the account's integrity flags is open or decided "interview". */
	flagged: boolean;
	/**
	 * The last time the account was used (ms): made, a request or request draft changed, a
	 * session seen, a registration draft saved — whichever is latest.
	 */
	lastActivityAt: number;
};

export type PurgeRule = 'after_appointment' | 'inactive';
export type KeepReason = 'recent' | 'waiting' | 'upcoming' | 'flagged';

export type Verdict = { purge: true; rule: PurgeRule } | { purge: false; reason: KeepReason };

/**
 * The first day on which the account may be purged, and under which part of the rule. The
 * clock runs from the later of the last appointment day and the day of the last use, so an
 * account is never purged from under someone using it; without any appointment, from the
 * last use alone, over the longer period. The periods are whole days after that day: with 90,
 * an appointment on 1 March is kept through 30 May and purged from 31 May.
 */
export function purgeFrom(
	facts: AccountFacts,
	policy: RetentionPolicy
): { day: string; rule: PurgeRule } {
	const lastUse = dateInZone(facts.lastActivityAt, policy.timeZone);
	if (facts.lastAppointmentDate === null) {
		return { day: addDays(lastUse, policy.daysInactive + 1), rule: 'inactive' };
	}
	const last = facts.lastAppointmentDate > lastUse ? facts.lastAppointmentDate : lastUse;
	return { day: addDays(last, policy.daysAfterAppointment + 1), rule: 'after_appointment' };
}

/**
 * Whether the account's data is purged today. Whatever the dates, it is kept while a request
 * waits in the pool, while an offer or appointment lies ahead, and while an integrity flag on
 * it is open or marked for an interview (a reviewer's case must not vanish under them).
 */
export function verdict(facts: AccountFacts, policy: RetentionPolicy, now: number): Verdict {
	const today = dateInZone(now, policy.timeZone);
	if (facts.waiting) return { purge: false, reason: 'waiting' };
	if (facts.lastPendingAppointmentDate !== null && facts.lastPendingAppointmentDate >= today) {
		return { purge: false, reason: 'upcoming' };
	}
	if (facts.flagged) return { purge: false, reason: 'flagged' };
	const due = purgeFrom(facts, policy);
	if (today < due.day) return { purge: false, reason: 'recent' };
	return { purge: true, rule: due.rule };
}
