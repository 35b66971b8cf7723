/**
 * The page the service worker shows, offline, at the address of any registration question:
 * it draws that question from the answers kept on the device. Stored per language without
 * cookies, so it holds nobody's data; it carries the Listen audio of every question.
 */
import { promptOfRoute } from '$lib/audio/prompts';
import { appDb } from '$lib/server/app';
import { audioFor } from '$lib/server/audio';
import { questionsByRoute } from '$lib/registration/questions';
import { checkRoute } from '$lib/offline/draw-offline';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	questionAudio: Object.fromEntries(
		[...Object.keys(questionsByRoute), checkRoute].map((id) => [
			id,
			audioFor(appDb(), promptOfRoute[id], locals.locale)
		])
	)
});
