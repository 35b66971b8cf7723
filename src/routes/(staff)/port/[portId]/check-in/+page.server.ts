import { fail } from '@sveltejs/kit';
import { appDb, appTicketKeys } from '$lib/server/app';
import { readFields } from '$lib/schemas/form-values';
import { arrivalTime, checkInByCode, checkInByTicket } from '$lib/server/port-day/check-in';
import { dayAppointments, daySummary } from '$lib/server/port-day/day-list';
import { portToday, requirePort } from '$lib/server/port-day/officer-port';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { officers } from '$lib/server/staff/route-access';
import { checkInMessage } from '$lib/port-day/check-in-messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const staff = requireStaff(event, officers);
	const db = appDb();
	const port = requirePort(db, staff, event.params.portId);
	const today = portToday(port, Date.now());
	const publicKey = appTicketKeys().publicKey.export({ type: 'spki', format: 'der' });
	return {
		port: { id: port.id, name: port.name, timezone: port.timezone },
		today,
		// Names the arrivals this officer checked in offline on this device (arrival-queue.ts).
		staffId: staff.id,
		// For checking signatures on this device, without a network.
		ticketKey: Buffer.from(publicKey).toString('base64'),
		summary: daySummary(dayAppointments(db, port.id, today))
	};
};

export const actions: Actions = {
	/**
	 * One field takes a ticket's token (from the camera, a photo, or a USB scanner that types
	 * what it reads) or a booking code typed by hand. A ticket checked in on the officer's
	 * device without a connection comes later with `scanned_at`, the time of the scan.
	 */
	checkIn: async (event) => {
		const staff = requireStaff(event, officers);
		const db = appDb();
		const port = requirePort(db, staff, event.params.portId);
		const fields = readFields(await readForm(event), ['ticket', 'scanned_at'] as const);
		const ticket = fields.ticket;
		const typed = ticket.trim();
		if (!typed)
			return fail(400, {
				values: { ticket },
				problem: 'nothing_entered',
				errors: { ticket: checkInMessage('nothing_entered') }
			});
		const now = Date.now();
		const isToken = typed.startsWith('T1.');
		// Only a ticket, whose signature the device checked, is ever checked in offline.
		const scannedAt = isToken ? arrivalTime(fields.scanned_at.trim(), now) : null;
		if (scannedAt === 'invalid')
			return fail(400, {
				values: { ticket: '' },
				problem: 'scanned_at_invalid',
				errors: { ticket: checkInMessage('scanned_at_invalid') }
			});
		const place = { portId: port.id, date: portToday(port, scannedAt ?? now) };
		const actor = { kind: 'staff' as const, id: staff.id };
		const outcome = isToken
			? checkInByTicket(
					db,
					typed,
					appTicketKeys().publicKey,
					place,
					actor,
					now,
					scannedAt ?? undefined
				)
			: checkInByCode(db, typed, place, actor, now);
		if (!outcome.ok) {
			const status = outcome.problem === 'already_arrived' ? 409 : 400;
			// A token is long and useless to correct by hand: only a typed code is kept.
			const kept = isToken ? '' : ticket;
			return fail(status, {
				values: { ticket: kept },
				problem: outcome.problem,
				errors: { ticket: checkInMessage(outcome.problem) }
			});
		}
		return {
			checkedIn: { code: outcome.code, partySize: outcome.partySize, time: outcome.time }
		};
	}
};
