import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from './csv';

const read = (csv: string) => parse(csv, { bom: true }) as string[][];

describe('toCsv', () => {
	it('starts with a byte-order mark and ends each record with CRLF', () => {
		const csv = toCsv(['a', 'b'], [['1', '2']]);
		expect(csv.startsWith('\ufeffa,b\r\n1,2')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('round-trips commas, quotes, line breaks and any script', () => {
		const rows = [
			['Pérez, Ana', 'She said "hola"', 'line one\nline two', 'cr\ronly'],
			['محمد عبد الله', '王小明', 'Tz’unun', ''],
			[3, null, undefined, '']
		];
		expect(read(toCsv(['w', 'x', 'y', 'z'], rows))).toEqual([
			['w', 'x', 'y', 'z'],
			['Pérez, Ana', 'She said "hola"', 'line one\nline two', 'cr\ronly'],
			['محمد عبد الله', '王小明', 'Tz’unun', ''],
			['3', '', '', '']
		]);
	});

	it('neutralises cells a spreadsheet would run as a formula', () => {
		const dangerous = ['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
		const [, row] = read(
			toCsv(
				dangerous.map((_, i) => `c${i}`),
				[dangerous]
			)
		);
		expect(row).toEqual(dangerous.map((cell) => `'${cell}`));
		for (const cell of row!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
	});

	it('leaves ordinary text and numbers alone', () => {
		const [, row] = read(toCsv(['a', 'b', 'c'], [['Ana = Luis', 42, '2026-03-01']]));
		expect(row).toEqual(['Ana = Luis', '42', '2026-03-01']);
	});

	it('writes only the header when there are no rows', () => {
		expect(read(toCsv(['a', 'b'], []))).toEqual([['a', 'b']]);
	});
});
