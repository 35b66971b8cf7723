/**
 * npm run i18n:check — every locale in project.inlang/settings.json against the base locale.
 * Lists each problem, then, as its last line: i18n locales=N keys=K missing=M mismatched=X.
 */
import { readFileSync } from 'node:fs';
import { checkTranslations, summaryLine, type Messages } from '../src/lib/i18n/check-translations';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	baseLocale: string;
	locales: string[];
};
const read = (locale: string): Messages =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
const base = read(settings.baseLocale);
const others = Object.fromEntries(
	settings.locales.filter((l) => l !== settings.baseLocale).map((l) => [l, read(l)])
);
const problems = checkTranslations(base, others);
for (const p of problems)
	console.log(`${p.locale} ${p.key}: ${p.kind}${p.detail ? ` (${p.detail})` : ''}`);
console.log(summaryLine(base, others, problems));
process.exit(problems.length ? 1 : 0);
