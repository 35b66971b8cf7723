import { appDb } from '$lib/server/app';
import { audioFor } from '$lib/server/audio';
import { languages } from '$lib/languages';
import type { PageServerLoad } from './$types';

/** The Start screen: every language, each with its own greeting to listen to. */
export const load: PageServerLoad = () => ({
	languages: Object.keys(languages).map((locale) => ({
		locale,
		audio: audioFor(appDb(), 'home', locale)
	}))
});
