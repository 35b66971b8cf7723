/**
 * Intl formatters, made once per language and options and then reused: making one costs far
 * more than using it (a tenth of a millisecond or more), and a status page formats a dozen
 * dates. The keys are few (languages × time zones × styles), so the maps stay small.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const regionNames = new Map<string, Intl.DisplayNames>();

export function dateTimeFormat(
	locale: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = dateTimeFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, options);
		dateTimeFormats.set(key, format);
	}
	return format;
}

/** Country and region names in a language (English where it has none). */
export function regionNamesIn(locale: string): Intl.DisplayNames {
	let names = regionNames.get(locale);
	if (!names) {
		names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
		regionNames.set(locale, names);
	}
	return names;
}
