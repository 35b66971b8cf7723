/**
 * Messages to and from CSV, for translators who review in a spreadsheet: one row per key,
 * one column per locale, the base locale first. csv-parse / csv-stringify (the node-csv
 * project) handle quoting, line breaks and Unicode, which hand-written CSV gets wrong.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Messages } from './check-translations';

export function messagesToCsv(locales: Record<string, Messages>, order: string[]): string {
	const keys = Object.keys(locales[order[0]!] ?? {}).filter((k) => k !== '$schema');
	const rows = keys.map((key) => [key, ...order.map((l) => locales[l]?.[key] ?? '')]);
	// A byte-order mark so spreadsheet programs open it as UTF-8.
	return '\ufeff' + stringify([['key', ...order], ...rows]);
}

/** Reads a CSV made by messagesToCsv (possibly edited): locale → key → text. */
export function csvToMessages(csv: string): Record<string, Messages> {
	const [header, ...rows] = parse(csv.replace(/^\ufeff/, ''), {
		relax_column_count: true
	}) as string[][];
	if (!header || header[0] !== 'key') throw new Error('the first column must be "key"');
	const locales = header.slice(1);
	const out: Record<string, Messages> = Object.fromEntries(locales.map((l) => [l, {}]));
	for (const row of rows) {
		const key = row[0]?.trim();
		if (!key) continue;
		locales.forEach((locale, i) => {
			const value = row[i + 1];
			if (value !== undefined && value !== '') out[locale]![key] = value;
		});
	}
	return out;
}
