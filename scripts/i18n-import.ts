/**
 * npm run i18n:import -- file.csv [--locale xx]
 * Takes reviewed translations back from a CSV made by i18n:export. A locale is written only
 * when it passes the translation check; otherwise its problems are listed and nothing changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkTranslations } from '../src/lib/i18n/check-translations';
import { csvToMessages } from '../src/lib/i18n/csv';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { locale: { type: 'string' } }
});
const file = positionals[0];
if (!file) {
	console.error('usage: npm run i18n:import -- file.csv [--locale xx]');
	process.exit(2);
}
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	baseLocale: string;
	locales: string[];
};
const base = JSON.parse(readFileSync(`messages/${settings.baseLocale}.json`, 'utf8'));
const imported = csvToMessages(readFileSync(file, 'utf8'));
let failed = false;
for (const [locale, messages] of Object.entries(imported)) {
	if (locale === settings.baseLocale || (values.locale && locale !== values.locale)) continue;
	if (!settings.locales.includes(locale)) {
		console.log(`${locale}: not a locale of this project, skipped`);
		continue;
	}
	const problems = checkTranslations(base, { [locale]: messages });
	if (problems.length) {
		failed = true;
		for (const p of problems)
			console.log(`${locale} ${p.key}: ${p.kind}${p.detail ? ` (${p.detail})` : ''}`);
		console.log(`${locale}: not imported`);
		continue;
	}
	// Keep the base locale's key order, so diffs stay small.
	const ordered = Object.fromEntries([
		['$schema', base.$schema],
		...Object.keys(base)
			.filter((k) => k !== '$schema')
			.map((k) => [k, messages[k]])
	]);
	writeFileSync(`messages/${locale}.json`, JSON.stringify(ordered, null, '\t') + '\n');
	console.log(`${locale}: imported`);
}
process.exit(failed ? 1 : 0);
