import { prompts } from '$lib/audio/prompts';
import { checkTranslations } from '$lib/i18n/check-translations';
import { languages } from '$lib/languages';
import { appDb } from '$lib/server/app';
import { audioSourceCounts } from '$lib/server/audio';
import { messagesOf } from '$lib/server/i18n/message-files';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import type { PageServerLoad } from './$types';

const baseLocale = 'en';

/**
 * How many of the base language's messages a language has in good order (as `npm run
 * i18n:check` judges them), and how many it lacks altogether.
 */
function messageCounts(locale: string, base: Record<string, string>) {
	const total = Object.keys(base).length;
	if (locale === baseLocale) return { translated: total, missing: 0, total };
	const problems = checkTranslations(base, { [locale]: messagesOf(locale) });
	const withProblem = new Set(problems.filter((p) => p.kind !== 'extra').map((p) => p.key));
	const missing = problems.filter((p) => p.kind === 'missing' || p.kind === 'empty').length;
	return { translated: total - withProblem.size, missing, total };
}

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const db = appDb();
	const base = messagesOf(baseLocale);
	return {
		promptCount: Object.keys(prompts).length,
		languages: Object.entries(languages).map(([locale, language]) => ({
			locale,
			name: language.name,
			dir: language.dir,
			messages: messageCounts(locale, base),
			audio: audioSourceCounts(db, locale)
		}))
	};
};
