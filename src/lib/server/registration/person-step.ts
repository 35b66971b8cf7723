import { maxGroupSize } from '$lib/schemas/registration';
import type { PersonQuestion, Step } from '$lib/registration/flow';

/** Reads `/register/person/[n]/…`: a person number from 1 to 12, or null (a 404). */
export function personStep(question: PersonQuestion) {
	return (params: Partial<Record<string, string>>): Step | null => {
		const n = params.n ?? '';
		if (!/^\d{1,2}$/.test(n) || Number(n) < 1 || Number(n) > maxGroupSize) return null;
		return { kind: 'person', question, person: Number(n) };
	};
}
