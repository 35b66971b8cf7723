import { generateKeyPairSync } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { tempDatabase } from '../testing/temp-db';
import {
	account,
	allocationRun,
	appointmentRequest,
	auditEntry,
	offer,
	person
} from '../db/schema';
import { signTicket } from '../tickets/ticket-token';
import { arrivalTime, checkInByCode, checkInByTicket, markNoShow } from './check-in';
import { dayAppointments, daySummary, searchDay } from './day-list';

const { db, remove } = tempDatabase();
afterAll(() => remove());
const keys = generateKeyPairSync('ed25519');
const officer = { kind: 'staff' as const, id: 1 };
const place = { portId: 'laredo', date: '2026-12-03' };
const now = Date.UTC(2026, 11, 3, 15);

db.$client
	.prepare(
		"insert into organisation (id, name, kind, created_at) values (1, 'Laredo port', 'port', 0)"
	)
	.run();
db.$client
	.prepare(
		"insert into staff_user (id, organisation_id, email, name, role, password_hash, must_change_password, active, created_at) values (1, 1, 'o@x', 'Officer', 'officer', 'x', 0, 1, 0)"
	)
	.run();
const runId = db
	.insert(allocationRun)
	.values({
		runDate: '2026-12-01',
		status: 'done',
		seed: 's',
		seedCommitment: 'c',
		cutoff: 0,
		committedAt: 0
	})
	.returning({ id: allocationRun.id })
	.get().id;

let made = 0;
function appointment(
	code: string,
	names: string[],
	at = place,
	status: 'confirmed' | 'cancelled' = 'confirmed'
) {
	const n = ++made;
	const accountId = db
		.insert(account)
		.values({ bookingCode: code, pinHash: 'x', locale: 'es', channel: 'self', createdAt: n })
		.returning({ id: account.id })
		.get().id;
	names.forEach((fullName, i) =>
		db
			.insert(person)
			.values({
				accountId,
				position: i + 1,
				fullName,
				dateOfBirth: '1990-01-01',
				nationality: 'GT'
			})
			.run()
	);
	const requestId = db
		.insert(appointmentRequest)
		.values({
			accountId,
			status: status === 'confirmed' ? 'confirmed' : 'cancelled',
			partySize: names.length,
			portIds: [at.portId],
			earliestDate: '2026-12-01',
			waitingSince: n,
			submissionKey: `k${n}`,
			createdAt: n,
			updatedAt: n
		})
		.returning({ id: appointmentRequest.id })
		.get().id;
	const offerId = db
		.insert(offer)
		.values({
			requestId,
			runId,
			portId: at.portId,
			date: at.date,
			slotTime: '09:00',
			seats: names.length,
			status,
			confirmBy: now,
			createdAt: n,
			updatedAt: n
		})
		.returning({ id: offer.id })
		.get().id;
	const token = signTicket(
		{ o: offerId, c: code, p: at.portId, d: at.date, t: '09:00', n: names.length },
		keys.privateKey
	);
	return { offerId, requestId, token };
}

const ana = appointment('AAA-333-444', ['Ana López', 'Luis López']);
appointment('CCC-333-444', ["Ixchel Tz'ul"]);
const cancelled = appointment('DDD-333-444', ['Pavel Orlov'], place, 'cancelled');
const elsewhere = appointment('EEE-333-444', ['Wei Zhang'], {
	portId: 'hidalgo',
	date: place.date
});
const tomorrow = appointment('FFF-333-444', ['Amina Diallo'], {
	portId: 'laredo',
	date: '2026-12-04'
});
const late = appointment('GGG-333-444', ['Jean Pierre']);

const requestStatus = (id: number) =>
	db.select().from(appointmentRequest).where(eq(appointmentRequest.id, id)).get()!.status;

describe('checking in by the ticket', () => {
	it('refuses an altered token and one signed by another key, changing nothing', () => {
		const [head, body, signature] = ana.token.split('.') as [string, string, string];
		const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
		payload.n = 9;
		const altered = `${head}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
		expect(checkInByTicket(db, altered, keys.publicKey, place, officer, now)).toEqual({
			ok: false,
			problem: 'ticket_not_genuine'
		});
		const forged = signTicket(
			{ o: ana.offerId, c: 'AAA-333-444', p: 'laredo', d: place.date, t: '09:00', n: 2 },
			generateKeyPairSync('ed25519').privateKey
		);
		expect(checkInByTicket(db, forged, keys.publicKey, place, officer, now)).toEqual({
			ok: false,
			problem: 'ticket_not_genuine'
		});
		expect(checkInByTicket(db, 'T1.garbage.x', keys.publicKey, place, officer, now).ok).toBe(false);
		expect(requestStatus(ana.requestId)).toBe('confirmed');
	});
	it('refuses a genuine ticket for another port or day', () => {
		expect(checkInByTicket(db, elsewhere.token, keys.publicKey, place, officer, now)).toEqual({
			ok: false,
			problem: 'ticket_other_port'
		});
		expect(checkInByTicket(db, tomorrow.token, keys.publicKey, place, officer, now)).toEqual({
			ok: false,
			problem: 'ticket_other_day'
		});
	});
	it('checks in a genuine ticket once, audited with the officer', () => {
		expect(checkInByTicket(db, ana.token, keys.publicKey, place, officer, now)).toEqual({
			ok: true,
			offerId: ana.offerId,
			code: 'AAA-333-444',
			partySize: 2,
			time: '09:00'
		});
		expect(requestStatus(ana.requestId)).toBe('attended');
		expect(checkInByTicket(db, ana.token, keys.publicKey, place, officer, now)).toEqual({
			ok: false,
			problem: 'already_arrived'
		});
		const entry = db
			.select()
			.from(auditEntry)
			.where(eq(auditEntry.subject, `offer:${ana.offerId}`))
			.all();
		expect(entry).toHaveLength(1);
		expect(entry[0]).toMatchObject({
			actorKind: 'staff',
			actorId: '1',
			action: 'appointment.checked_in'
		});
		expect(entry[0]!.details).toMatchObject({ method: 'qr', port: 'laredo' });
	});
});

describe('checking in by code and marking no-shows', () => {
	it('takes a code typed in lower case without dashes; refuses unknown and cancelled', () => {
		expect(checkInByCode(db, ' ccc333444 ', place, officer, now)).toMatchObject({
			ok: true,
			code: 'CCC-333-444'
		});
		expect(checkInByCode(db, 'hello', place, officer, now)).toEqual({
			ok: false,
			problem: 'code_invalid'
		});
		expect(checkInByCode(db, 'EEE-333-444', place, officer, now)).toEqual({
			ok: false,
			problem: 'not_found'
		});
		expect(checkInByCode(db, 'DDD-333-444', place, officer, now)).toEqual({
			ok: false,
			problem: 'not_confirmed'
		});
	});
	it('a no-show can still arrive late; an arrival cannot become a no-show', () => {
		expect(markNoShow(db, late.offerId, place, officer, now).ok).toBe(true);
		expect(requestStatus(late.requestId)).toBe('no_show');
		expect(markNoShow(db, ana.offerId, place, officer, now)).toEqual({
			ok: false,
			problem: 'already_arrived'
		});
		expect(markNoShow(db, elsewhere.offerId, place, officer, now)).toEqual({
			ok: false,
			problem: 'not_found'
		});
		expect(markNoShow(db, cancelled.offerId, place, officer, now)).toEqual({
			ok: false,
			problem: 'not_confirmed'
		});
		expect(checkInByCode(db, 'GGG-333-444', place, officer, now).ok).toBe(true);
		expect(requestStatus(late.requestId)).toBe('attended');
	});
});

describe('the day list', () => {
	it('lists confirmed appointments of the port and day, with names in order', () => {
		const list = dayAppointments(db, 'laredo', place.date);
		expect(list.map((a) => a.code)).toEqual(['AAA-333-444', 'CCC-333-444', 'GGG-333-444']);
		expect(list[0]!.names).toEqual(['Ana López', 'Luis López']);
	});
	it('finds by part of a code or a name, whatever the accents and apostrophes', () => {
		const list = dayAppointments(db, 'laredo', place.date);
		expect(searchDay(list, 'lopez').map((a) => a.code)).toEqual(['AAA-333-444']);
		expect(searchDay(list, 'ccc 333').map((a) => a.code)).toEqual(['CCC-333-444']);
		expect(searchDay(list, 'tz’ul').map((a) => a.code)).toEqual(['CCC-333-444']);
		expect(searchDay(list, 'nobody')).toEqual([]);
	});
	it('counts groups and people by what became of them', () => {
		appointment('HHH-333-444', ['A', 'B', 'C']);
		const summary = daySummary(dayAppointments(db, 'laredo', place.date));
		expect(summary).toEqual({
			appointments: 4,
			people: 7,
			arrived: 3,
			arrivedPeople: 4,
			noShow: 0,
			noShowPeople: 0,
			expected: 1,
			expectedPeople: 3
		});
	});
});

describe('arrivals checked in on the officer’s device without a connection', () => {
	it('take the time of the scan: within the last day, never ahead beyond a clock’s drift', () => {
		expect(arrivalTime('', now)).toBeNull();
		expect(arrivalTime(String(now - 3 * 3_600_000), now)).toBe(now - 3 * 3_600_000);
		// A device clock a minute fast is read as now, not as the future.
		expect(arrivalTime(String(now + 60_000), now)).toBe(now);
		expect(arrivalTime(String(now + 10 * 60_000), now)).toBe('invalid');
		expect(arrivalTime(String(now - 25 * 3_600_000), now)).toBe('invalid');
		for (const junk of ['-1', '1.5', '1e12', 'NaN', '9'.repeat(16), ' 1'])
			expect(arrivalTime(junk, now)).toBe('invalid');
	});

	it('are recorded at the scan time, for the day of the scan, audited as offline', () => {
		// Scanned last evening at the port, sent this morning when the connection came back.
		const evening = Date.UTC(2026, 11, 2, 23, 30);
		const lastNight = appointment('JJJ-333-444', ['Rosa Ek'], {
			portId: 'laredo',
			date: '2026-12-02'
		});
		const scanPlace = { portId: 'laredo', date: '2026-12-02' };
		const outcome = checkInByTicket(
			db,
			lastNight.token,
			keys.publicKey,
			scanPlace,
			officer,
			now,
			evening
		);
		expect(outcome).toMatchObject({ ok: true, code: 'JJJ-333-444' });
		const row = db.select().from(offer).where(eq(offer.id, lastNight.offerId)).get()!;
		expect(row).toMatchObject({ attendance: 'arrived', attendanceAt: evening, updatedAt: now });
		const entry = db
			.select()
			.from(auditEntry)
			.where(eq(auditEntry.subject, `offer:${lastNight.offerId}`))
			.get()!;
		expect(entry.details).toMatchObject({ method: 'qr', offline: true, scannedAt: evening });
		// Sent twice (the answer to the first was lost): already there, nothing written twice.
		expect(
			checkInByTicket(db, lastNight.token, keys.publicKey, scanPlace, officer, now, evening)
		).toEqual({ ok: false, problem: 'already_arrived' });
	});
});
