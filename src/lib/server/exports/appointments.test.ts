import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { tempDatabase } from '../testing/temp-db';
import { account, allocationRun, appointmentRequest, offer, person } from '../db/schema';
import { appointmentsCsv, appointmentsHeader } from './appointments';

const { db, remove } = tempDatabase();
afterAll(() => remove());

const runId = db
	.insert(allocationRun)
	.values({
		runDate: '2026-03-01',
		status: 'done',
		seed: 'a'.repeat(64),
		seedCommitment: 'b'.repeat(64),
		cutoff: 0,
		committedAt: 0
	})
	.returning({ id: allocationRun.id })
	.get().id;

let made = 0;
/** A group with an offer: its names, where and when, and what became of it. */
function appointment(
	names: string[],
	at: { port: string; date: string; time: string },
	status: 'confirmed' | 'offered' | 'declined' = 'confirmed',
	attendance: { kind: 'arrived' | 'no_show'; at: number } | null = null
): string {
	const n = ++made;
	const bookingCode = `C${String(n).padStart(2, '0')}-CODE`;
	const accountId = db
		.insert(account)
		.values({ bookingCode, pinHash: 'x', locale: 'es', channel: 'self', createdAt: n })
		.returning({ id: account.id })
		.get().id;
	// Entered in reverse, so the order of `position` is what puts them right.
	[...names].reverse().forEach((fullName, i) =>
		db
			.insert(person)
			.values({
				accountId,
				position: names.length - i,
				fullName,
				dateOfBirth: '1990-01-01',
				nationality: 'HN'
			})
			.run()
	);
	const requestId = db
		.insert(appointmentRequest)
		.values({
			accountId,
			status: status === 'declined' ? 'pooled' : status,
			partySize: names.length,
			portIds: [at.port],
			earliestDate: '2026-03-01',
			waitingSince: n,
			submissionKey: `k${n}`,
			createdAt: n,
			updatedAt: n
		})
		.returning({ id: appointmentRequest.id })
		.get().id;
	db.insert(offer)
		.values({
			requestId,
			runId,
			portId: at.port,
			date: at.date,
			slotTime: at.time,
			seats: names.length,
			status,
			confirmBy: 0,
			attendance: attendance?.kind ?? null,
			attendanceAt: attendance?.at ?? null,
			createdAt: n,
			updatedAt: n
		})
		.run();
	return bookingCode;
}

const read = (csv: string) => parse(csv, { bom: true }) as string[][];

describe('the appointments export', () => {
	const arrivedAt = Date.UTC(2026, 2, 3, 15, 5);
	const late = appointment(['Luis Pérez'], { port: 'laredo', date: '2026-03-03', time: '10:00' });
	const early = appointment(
		['محمد عبد الله', '王小明', 'Ana, "la jefa"'],
		{ port: 'laredo', date: '2026-03-03', time: '09:00' },
		'confirmed',
		{ kind: 'arrived', at: arrivedAt }
	);
	const evil = appointment(['=HYPERLINK("http://evil")'], {
		port: 'laredo',
		date: '2026-03-02',
		time: '14:00'
	});
	const absent = appointment(
		['Rosa Tz’unun'],
		{ port: 'laredo', date: '2026-03-04', time: '08:00' },
		'confirmed',
		{ kind: 'no_show', at: arrivedAt }
	);
	appointment(['Other Port'], { port: 'hidalgo', date: '2026-03-03', time: '09:00' });
	appointment(['Too Late'], { port: 'laredo', date: '2026-03-05', time: '09:00' });
	appointment(['Too Early'], { port: 'laredo', date: '2026-03-01', time: '09:00' });
	appointment(['Not Confirmed'], { port: 'laredo', date: '2026-03-03', time: '09:00' }, 'offered');
	appointment(['Declined'], { port: 'laredo', date: '2026-03-03', time: '09:00' }, 'declined');

	it('lists the confirmed appointments of one port in the range, by date, time and code', () => {
		const { csv, rows } = appointmentsCsv(db, {
			portId: 'laredo',
			from: '2026-03-02',
			to: '2026-03-04'
		});
		expect(rows).toBe(4);
		expect(read(csv)).toEqual([
			appointmentsHeader,
			['2026-03-02', '14:00', 'Laredo', evil, '1', `'=HYPERLINK("http://evil")`, 'confirmed', ''],
			[
				'2026-03-03',
				'09:00',
				'Laredo',
				early,
				'3',
				'محمد عبد الله; 王小明; Ana, "la jefa"',
				'arrived',
				new Date(arrivedAt).toISOString()
			],
			['2026-03-03', '10:00', 'Laredo', late, '1', 'Luis Pérez', 'confirmed', ''],
			['2026-03-04', '08:00', 'Laredo', absent, '1', 'Rosa Tz’unun', 'no_show', '']
		]);
	});

	it('never lets a name start a formula', () => {
		const { csv } = appointmentsCsv(db, { portId: 'laredo', from: '2026-03-02', to: '2026-03-02' });
		const names = read(csv)[1]![5]!;
		expect(names.startsWith('=')).toBe(false);
	});

	it('is only the header when nothing is booked', () => {
		const { csv, rows } = appointmentsCsv(db, {
			portId: 'nogales',
			from: '2026-03-01',
			to: '2026-03-31'
		});
		expect(rows).toBe(0);
		expect(read(csv)).toEqual([appointmentsHeader]);
	});
});
