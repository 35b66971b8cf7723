/** Reading the port form: the fixed fields and one instructions field per locale. */
import { readFields } from '$lib/schemas/form-values';
import { validatePort } from '$lib/schemas/port-admin';
import { locales } from '$lib/paraglide/runtime';

export const portFieldNames = ['name', 'address', 'timezone'] as const;

export function readPortForm(form: FormData) {
	const fields = readFields(form, portFieldNames);
	// Read beyond the usual field cap, so text a little too long is kept for correcting
	// (with its message) instead of being cut silently.
	const instructions: Record<string, string> = {};
	for (const l of locales) {
		const raw = form.get(`instructions_${l}`);
		instructions[`instructions_${l}`] = typeof raw === 'string' ? raw.slice(0, 4 * 500) : '';
	}
	const perLocale = Object.fromEntries(
		locales.map((l) => [l, instructions[`instructions_${l}`] ?? ''])
	);
	return {
		values: { ...fields, ...instructions } as Record<string, string>,
		result: validatePort(fields, perLocale)
	};
}

/** The time zones offered for a port: the Americas (every U.S. port is there), then UTC. */
export function timeZoneChoices(current = ''): { value: string; label: string }[] {
	const zones = Intl.supportedValuesOf('timeZone').filter((z) => z.startsWith('America/'));
	if (current && !zones.includes(current)) zones.unshift(current);
	return [...zones, 'UTC'].map((z) => ({ value: z, label: z.replace(/_/g, ' ') }));
}
