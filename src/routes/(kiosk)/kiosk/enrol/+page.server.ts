import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { readFields } from '$lib/schemas/form-values';
import { appDb } from '$lib/server/app';
import { blockedUntil, recordFailure } from '$lib/server/auth/rate-limit';
import { signInPerAddress } from '$lib/server/auth/rate-limit-policy';
import { hashToken } from '$lib/server/auth/tokens';
import { setKioskCookies } from '$lib/server/cookies';
import { enrolKiosk } from '$lib/server/kiosk/kiosks';
import { readForm } from '$lib/server/read-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	if (event.locals.kioskDevice) redirect(303, localizeHref('/kiosk'));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { code } = readFields(await readForm(event), ['code'] as const);
		const db = appDb();
		const now = Date.now();
		// Codes are guessable only by trying: tries are counted per network address.
		const key = `kiosk-enrol:${hashToken(event.getClientAddress())}`;
		const token = blockedUntil(db, key, now) ? null : enrolKiosk(db, code, now);
		if (!token) {
			recordFailure(db, key, signInPerAddress, now);
			return fail(400, { code, errors: { code: m.kiosk_enrol_wrong() } });
		}
		setKioskCookies(event, token);
		redirect(303, localizeHref('/kiosk'));
	}
};
