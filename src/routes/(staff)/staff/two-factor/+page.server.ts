import { fail, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { localizeHref } from '$lib/paraglide/runtime';
import { readFields } from '$lib/schemas/form-values';
import { appDb } from '$lib/server/app';
import { errorText } from '$lib/i18n/error-text';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { everyone } from '$lib/server/staff/route-access';
import { enableTotp, findStaff } from '$lib/server/staff/staff-users';
import { acceptTotp, newTotpSecret, totpUri } from '$lib/server/staff/totp';
import type { Actions, PageServerLoad } from './$types';

async function setup(secret: string, email: string) {
	const svg = await QRCode.toString(totpUri(secret, email), { type: 'svg', margin: 2 });
	return { secret, qr: svg };
}

export const load: PageServerLoad = async (event) => {
	const staff = requireStaff(event, everyone);
	const user = findStaff(appDb(), staff.id)!;
	if (user.totpSecret) redirect(303, localizeHref('/staff'));
	return setup(newTotpSecret(), user.email);
};

export const actions: Actions = {
	default: async (event) => {
		const staff = requireStaff(event, everyone);
		const fields = readFields(await readForm(event), ['secret', 'code'] as const);
		const user = findStaff(appDb(), staff.id)!;
		// The secret comes back from the page it was shown on; it is only kept once a code
		// made from it proves the app has it.
		const secret = /^[A-Z2-7]{32}$/.test(fields.secret) ? fields.secret : newTotpSecret();
		const now = Date.now();
		const step = acceptTotp(secret, fields.code, now, null);
		if (step === null) {
			const errors = errorText({ code: fields.code ? 'staff_code_wrong' : 'staff_code_needed' });
			return fail(400, { ...(await setup(secret, user.email)), errors });
		}
		enableTotp(appDb(), staff.id, secret, step, now);
		redirect(303, localizeHref('/staff?saved=two-factor'));
	}
};
