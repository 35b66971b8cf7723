/**
 * Person records made ready for matching once per pass: folded name words, phonetic keys,
 * the address key. Pure.
 */
import type { PersonRecord } from './types';
import { addressKey, nameTokens, normaliseDate, phoneticKey, surnameOf } from './normalise';

export type Prepared = PersonRecord & {
	tokens: string[];
	/** The folded name without spaces, words in alphabetical order. */
	compact: string;
	phonetic: string[];
	dob: string | null;
	addressKey: string | null;
	surname: string;
};

/** Address keys are cached: a family's members share one, and parsing is the slow part. */
export function preparer(): (record: PersonRecord) => Prepared {
	const addressKeys = new Map<string, string | null>();
	return (record) => {
		const tokens = nameTokens(record.fullName);
		let key: string | null = null;
		if (record.address) {
			const raw = `${record.address.line1}|${record.address.line2}|${record.address.zip}`;
			key = addressKeys.get(raw) ?? null;
			if (!addressKeys.has(raw)) {
				key = addressKey(record.address);
				addressKeys.set(raw, key);
			}
		}
		return {
			...record,
			tokens,
			compact: tokens.join(''),
			phonetic: tokens.filter((t) => t.length > 1).map(phoneticKey),
			dob: normaliseDate(record.dateOfBirth),
			addressKey: key,
			surname: surnameOf(record.fullName)
		};
	};
}
