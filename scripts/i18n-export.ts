/**
 * npm run i18n:export -- [file.csv]   (default translations.csv)
 * Writes every message of every locale to one CSV for review in a spreadsheet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { messagesToCsv } from '../src/lib/i18n/csv';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	baseLocale: string;
	locales: string[];
};
const order = [settings.baseLocale, ...settings.locales.filter((l) => l !== settings.baseLocale)];
const locales = Object.fromEntries(
	order.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'))])
);
const file = process.argv[2] ?? 'translations.csv';
writeFileSync(file, messagesToCsv(locales, order));
console.log(`wrote ${file}: ${order.length} locales`);
