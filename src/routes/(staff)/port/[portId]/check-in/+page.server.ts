import { fail } from '@sveltejs/kit';
import { appDb, appTicketKeys } from '$lib/server/app';
import { readFields } from '$lib/schemas/form-values';
import { checkInByCode, checkInByTicket } from '$lib/server/port-day/check-in';
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
		port: { id: port.id, name: port.name },
		today,
		// For checking signatures on this device, without a network.
		ticketKey: Buffer.from(publicKey).toString('base64'),
		summary: daySummary(dayAppointments(db, port.id, today))
	};
};

export const actions: Actions = {
	/**
	 * One field takes a ticket's token (from the camera, a photo, or a USB scanner that types
	 * what it reads) or a booking code typed by hand.
	 */
	checkIn: async (event) => {
		const staff = requireStaff(event, officers);
		const db = appDb();
		const port = requirePort(db, staff, event.params.portId);
		const { ticket } = readFields(await readForm(event), ['ticket'] as const);
		const typed = ticket.trim();
		if (!typed)
			return fail(400, {
				values: { ticket },
				errors: { ticket: checkInMessage('nothing_entered') }
			});
		const now = Date.now();
		const place = { portId: port.id, date: portToday(port, now) };
		const actor = { kind: 'staff' as const, id: staff.id };
		const outcome = typed.startsWith('T1.')
			? checkInByTicket(db, typed, appTicketKeys().publicKey, place, actor, now)
			: checkInByCode(db, typed, place, actor, now);
		if (!outcome.ok) {
			const status = outcome.problem === 'already_arrived' ? 409 : 400;
			// A token is long and useless to correct by hand: only a typed code is kept.
			const kept = typed.startsWith('T1.') ? '' : ticket;
			return fail(status, {
				values: { ticket: kept },
				errors: { ticket: checkInMessage(outcome.problem) }
			});
		}
		return {
			checkedIn: { code: outcome.code, partySize: outcome.partySize, time: outcome.time }
		};
	}
};
