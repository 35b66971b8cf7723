/** Check-in problems in the officer's language: shared by the server and the scanner page. */
import { m } from '$lib/i18n/m';

export type CheckInProblemKey =
	| 'ticket_not_genuine'
	| 'ticket_other_port'
	| 'ticket_other_day'
	| 'code_invalid'
	| 'not_found'
	| 'not_confirmed'
	| 'already_arrived'
	| 'scanned_at_invalid'
	| 'nothing_entered';

export function checkInMessage(problem: CheckInProblemKey): string {
	switch (problem) {
		case 'ticket_not_genuine':
			return m.checkin_ticket_not_genuine();
		case 'ticket_other_port':
			return m.checkin_ticket_other_port();
		case 'ticket_other_day':
			return m.checkin_ticket_other_day();
		case 'code_invalid':
			return m.checkin_code_invalid();
		case 'not_confirmed':
			return m.checkin_not_confirmed();
		case 'already_arrived':
			return m.checkin_already_arrived();
		case 'nothing_entered':
			return m.checkin_nothing_entered();
		case 'scanned_at_invalid':
			return m.checkin_scanned_at_invalid();
		default:
			return m.checkin_not_found();
	}
}
