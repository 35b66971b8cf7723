/** The HTTP answers of the CSV endpoints: the file itself, or why the query was refused. */
import type { FieldErrors } from '$lib/schemas/result';
import { errorText } from '$lib/i18n/error-text';

/**
 * A CSV download. `no-store`: exports carry names, and neither the browser nor anything on the
 * way may keep a copy. The file name holds only the kind of export, a port id and dates.
 */
export function csvResponse(csv: string, filename: string): Response {
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="${filename}"`,
			'Cache-Control': 'no-store'
		}
	});
}

/** 400 with each problem in the reader's language, one per line (for a script or a person). */
export function badQuery(errors: FieldErrors): Response {
	const lines = Object.entries(errorText(errors)).map(([field, text]) => `${field}: ${text}`);
	return new Response(`Bad Request\n${lines.join('\n')}\n`, {
		status: 400,
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }
	});
}
