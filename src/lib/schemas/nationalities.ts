/**
 * Nationalities as ISO 3166-1 alpha-2 codes. Their names come from the platform's own
 * Unicode CLDR data (Intl.DisplayNames), so every language Turno speaks gets correct,
 * reviewed country names without a translation file of its own.
 */
import { regionNamesIn } from '../intl-formats';

export const stateless = 'XX';

export const countryCodes = (
	'AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
	'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC ' +
	'EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY ' +
	'HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ ' +
	'LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW ' +
	'MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA ' +
	'RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH ' +
	'TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

const known = new Set([...countryCodes, stateless]);

export function isNationalityCode(code: string): boolean {
	return known.has(code);
}

export type NationalityOption = { code: string; name: string };

const sortedOptions = new Map<string, readonly NationalityOption[]>();

/** Country names in the given language, sorted as that language sorts them (made once). */
export function nationalityOptions(locale: string): readonly NationalityOption[] {
	let options = sortedOptions.get(locale);
	if (!options) {
		const names = regionNamesIn(locale);
		const collator = new Intl.Collator(locale);
		options = Object.freeze(
			countryCodes
				.map((code) => ({ code, name: names.of(code) ?? code }))
				.sort((a, b) => collator.compare(a.name, b.name))
		);
		sortedOptions.set(locale, options);
	}
	return options;
}

/** One country's name in the given language. */
export function nationalityName(code: string, locale: string): string {
	if (code === stateless) return '';
	return regionNamesIn(locale).of(code) ?? code;
}
