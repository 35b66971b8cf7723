/** Right-to-left scripts among the languages Turno may speak. */
const rtlLanguages = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi']);

export function textDirection(locale: string): 'ltr' | 'rtl' {
	return rtlLanguages.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
