/**
 * The recordings of one language, by prompt: the service worker reads it to store the
 * language's Listen audio ahead, recordings in place of the synthesised files they replace.
 * Always asked afresh (a recording may be added or removed at any time).
 */
import { error, json } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';
import { isKnownLocale, listRecordings, recordingUrl } from '$lib/server/audio/recordings';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	if (!isKnownLocale(params.locale)) error(404, 'Not found');
	const prompts = Object.fromEntries(
		listRecordings(appDb(), params.locale).map((r) => [r.prompt, recordingUrl(r)])
	);
	return json({ prompts }, { headers: { 'Cache-Control': 'no-cache' } });
};
