import { languages } from './languages';

/** The writing direction of a locale, from the language list (Arabic is right-to-left). */
export function textDirection(locale: string): 'ltr' | 'rtl' {
	return languages[locale]?.dir ?? 'ltr';
}
