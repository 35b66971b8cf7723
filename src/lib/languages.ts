/**
 * The languages Turno speaks: each named in its own language and script (as a language picker
 * must show it), its direction, and whether a native speaker has reviewed it. A locale added
 * here must also be listed in project.inlang/settings.json and have messages/<locale>.json.
 */
export type LanguageStatus = 'reviewed' | 'needs review by a native speaker';

export type Language = { name: string; dir: 'ltr' | 'rtl'; status: LanguageStatus };

export const languages: Record<string, Language> = {
	en: { name: 'English', dir: 'ltr', status: 'reviewed' },
	es: { name: 'Español', dir: 'ltr', status: 'needs review by a native speaker' },
	ht: { name: 'Kreyòl ayisyen', dir: 'ltr', status: 'needs review by a native speaker' },
	pt: { name: 'Português (Brasil)', dir: 'ltr', status: 'needs review by a native speaker' },
	fr: { name: 'Français', dir: 'ltr', status: 'needs review by a native speaker' },
	ru: { name: 'Русский', dir: 'ltr', status: 'needs review by a native speaker' },
	zh: { name: '中文（简体）', dir: 'ltr', status: 'needs review by a native speaker' },
	ar: { name: 'العربية', dir: 'rtl', status: 'needs review by a native speaker' },
	tr: { name: 'Türkçe', dir: 'ltr', status: 'needs review by a native speaker' },
	hi: { name: 'हिन्दी', dir: 'ltr', status: 'needs review by a native speaker' },
	pa: { name: 'ਪੰਜਾਬੀ', dir: 'ltr', status: 'needs review by a native speaker' },
	quc: { name: "K'iche'", dir: 'ltr', status: 'needs review by a native speaker' }
};

export const languageNames: Record<string, string> = Object.fromEntries(
	Object.entries(languages).map(([code, l]) => [code, l.name])
);
