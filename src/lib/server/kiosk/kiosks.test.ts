import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-db';
import { createFirstAdmin } from '../staff/staff-users';
import { createKioskEnrolment, enrolKiosk, findKiosk, revokeKiosk } from './kiosks';
import {
	findApplicantSession,
	kioskVisitIdleMs,
	startApplicantSession
} from '../auth/applicant-sessions';
import { createDraft, findDraft } from '../booking/registration-drafts';
import { verifyAuditLog } from '../audit/audit-log';
import { account } from '../db/schema';

const temp = tempDatabase();
afterAll(() => temp.remove());
const db = temp.db;
const t0 = Date.UTC(2026, 10, 25, 9);
const admin = { kind: 'staff' as const, id: 1 };

describe('kiosks', () => {
	it('enrol once with a fresh code, and stop working when revoked', async () => {
		await createFirstAdmin(db, 'admin@example.org', t0);
		const { id, code } = createKioskEnrolment(db, { organisationId: 1, name: 'Lobby' }, admin, t0);
		expect(code).toMatch(/^[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}$/);
		expect(enrolKiosk(db, 'WRONG-CODE', t0)).toBeNull();
		const token = enrolKiosk(db, ` ${code.toLowerCase().replace('-', ' ')} `, t0 + 1_000);
		expect(token).toBeTruthy();
		expect(findKiosk(db, token!)).toEqual({ id, organisationId: 1, name: 'Lobby' });
		expect(enrolKiosk(db, code, t0 + 2_000)).toBeNull(); // used once
		revokeKiosk(db, id, admin, t0 + 3_000);
		expect(findKiosk(db, token!)).toBeNull();
		expect(verifyAuditLog(db)).toBeNull();
	});

	it('refuse a code after 30 minutes', () => {
		const { code } = createKioskEnrolment(db, { organisationId: 1, name: 'Hall' }, admin, t0);
		expect(enrolKiosk(db, code, t0 + 31 * 60_000)).toBeNull();
	});

	it('end a visit after 10 idle minutes on the server, with or without JavaScript', () => {
		const { id } = createKioskEnrolment(db, { organisationId: 1, name: 'Desk' }, admin, t0);
		db.insert(account)
			.values({
				id: 1,
				bookingCode: 'AAA-AAA-AAA',
				pinHash: 'x',
				locale: 'en',
				channel: 'kiosk',
				createdAt: t0
			})
			.run();
		const visit = startApplicantSession(db, 1, t0, null, id);
		expect(findApplicantSession(db, visit, t0 + kioskVisitIdleMs - 1)?.kioskId).toBe(id);
		// Use keeps it going...
		expect(findApplicantSession(db, visit, t0 + 2 * kioskVisitIdleMs - 2)).not.toBeNull();
		// ...a walk-away ends it.
		expect(findApplicantSession(db, visit, t0 + 3 * kioskVisitIdleMs)).toBeNull();
		const phone = startApplicantSession(db, 1, t0);
		expect(findApplicantSession(db, phone, t0 + 3 * kioskVisitIdleMs)).not.toBeNull();

		const kioskDraft = createDraft(db, t0, undefined, id);
		expect(findDraft(db, kioskDraft.token, t0 + 60_000)).not.toBeNull();
		expect(findDraft(db, kioskDraft.token, t0 + kioskVisitIdleMs + 1)).toBeNull();
		const ownDraft = createDraft(db, t0);
		expect(findDraft(db, ownDraft.token, t0 + kioskVisitIdleMs + 1)).not.toBeNull();
	});
});
