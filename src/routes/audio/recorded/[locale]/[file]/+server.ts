/**
 * An administrator's recording (src/lib/server/audio/recordings.ts). Names are content
 * hashes, so a file never changes: every cache may keep it for a year. Only names of that
 * exact shape are looked up, so no path can reach outside the recordings directory.
 */
import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import { byteRange } from '$lib/server/audio/byte-range';
import { isKnownLocale, recordingPath } from '$lib/server/audio/recordings';
import type { RequestHandler } from './$types';

const fileName = /^[0-9a-f]{16}\.(opus|mp3)$/;
const contentTypes = { opus: 'audio/ogg', mp3: 'audio/mpeg' } as const;

export const GET: RequestHandler = async ({ params, request }) => {
	const format = fileName.exec(params.file)?.[1] as keyof typeof contentTypes | undefined;
	if (!format || !isKnownLocale(params.locale)) error(404, 'Not found');
	let content: Uint8Array<ArrayBuffer>;
	try {
		// At most 500 KB: read whole, simpler than a stream and as fast at this size.
		content = new Uint8Array(await readFile(recordingPath(params.locale, params.file)));
	} catch {
		error(404, 'Not found');
	}
	const headers = {
		'Content-Type': contentTypes[format],
		'Cache-Control': 'public, max-age=31536000, immutable',
		'Accept-Ranges': 'bytes'
	};
	const range = byteRange(request.headers.get('range'), content.length);
	if (range === 'unsatisfiable') {
		return new Response(null, {
			status: 416,
			headers: { ...headers, 'Content-Range': `bytes */${content.length}` }
		});
	}
	if (range) {
		return new Response(content.subarray(range.start, range.end + 1), {
			status: 206,
			headers: {
				...headers,
				'Content-Range': `bytes ${range.start}-${range.end}/${content.length}`
			}
		});
	}
	return new Response(content, { headers });
};
