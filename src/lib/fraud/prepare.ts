/**
 * Person records made ready for matching once per pass: folded name words, phonetic keys,
 * the address key. Pure.
 */
import type { PersonRecord } from './types';
import { addressKey, foldName, normaliseDate, phoneticKey, surnameOfWords } from './normalise';

/** What detection needs of a record: the typed name and address are not kept (memory). */
export type Prepared = Omit<PersonRecord, 'fullName' | 'address' | 'dateOfBirth'> & {
	tokens: string[];
	/** The folded name without spaces, words in alphabetical order. */
	compact: string;
	phonetic: string[];
	dob: string | null;
	addressKey: string | null;
	surname: string;
	/** Written in Latin letters as typed (a name in another script is compared by sound too). */
	latin: boolean;
};

/**
 * Work is cached by what it depends on: a family's members share an address, names repeat,
 * and name words repeat far more (transliteration and sound keys are the slow part).
 */
export function preparer(): (record: PersonRecord) => Prepared {
	const addressKeys = new Map<string, string | null>();
	type Name = {
		tokens: string[];
		compact: string;
		phonetic: string[];
		surname: string;
		latin: boolean;
	};
	const names = new Map<string, Name>();
	const sounds = new Map<string, string>();
	const soundOf = (t: string) => {
		let sound = sounds.get(t);
		if (sound === undefined) sounds.set(t, (sound = phoneticKey(t)));
		return sound;
	};
	return (record) => {
		let name = names.get(record.fullName);
		if (!name) {
			const typed = foldName(record.fullName).split(' ').filter(Boolean);
			const words = [...typed].sort();
			name = {
				tokens: words,
				compact: words.join(''),
				phonetic: words.filter((t) => t.length > 1).map(soundOf),
				surname: surnameOfWords(typed, record.fullName),
				latin: !/[^\u0020-\u024f\u1e00-\u1eff]/.test(record.fullName)
			};
			// A million distinct names would hold on to memory for nothing: start afresh.
			if (names.size > 500_000) names.clear();
			names.set(record.fullName, name);
		}
		const tokens = name.tokens;
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
			personId: record.personId,
			accountId: record.accountId,
			nationality: record.nationality,
			phone: record.phone,
			channel: record.channel,
			kioskId: record.kioskId,
			organisationId: record.organisationId,
			networkHash: record.networkHash,
			browserHash: record.browserHash,
			portIds: record.portIds,
			registeredAt: record.registeredAt,
			requestTimes: record.requestTimes,
			tokens,
			compact: name.compact,
			phonetic: name.phonetic,
			dob: normaliseDate(record.dateOfBirth),
			addressKey: key,
			surname: name.surname,
			latin: name.latin
		};
	};
}
