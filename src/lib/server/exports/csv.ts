/**
 * CSV for staff exports, opened in spreadsheets. csv-stringify (the node-csv project) does the
 * quoting of commas, quotes and line breaks and keeps any Unicode text intact, which
 * hand-written CSV gets wrong; its `escape_formulas` neutralises cells a spreadsheet would
 * otherwise run as a formula (CSV injection: a name typed as `=HYPERLINK(…)`).
 */
import { stringify } from 'csv-stringify/sync';

/** The UTF-8 byte-order mark: without it, spreadsheet programs guess a legacy encoding. */
const byteOrderMark = '\ufeff';

/**
 * One CSV document: the header, then one record per row, CRLF between records (RFC 4180).
 * Any cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so
 * it is read as text. Numbers stay numbers (a negative number is not a formula).
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
	return (
		byteOrderMark +
		// csv-stringify's sync API only iterates its input: records are written as they come.
		stringify(records(header, rows) as unknown as unknown[][], {
			escape_formulas: true,
			record_delimiter: 'windows',
			// With a record delimiter given, csv-stringify would quote only cells holding CRLF;
			// a lone LF or CR must be quoted too, or a reader splits the record there.
			quote_record_delimiter: true
		})
	);
}

function* records(header: readonly string[], rows: Iterable<readonly unknown[]>) {
	yield header;
	yield* rows;
}
