/** Each language named in its own language and script, as a language picker must show it. */
export const languageNames: Record<string, string> = {
	en: 'English',
	es: 'Español'
};
