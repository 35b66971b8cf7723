/** The Listen audio of a screen in a language, from the committed manifest. */
import { promptOfRoute, type PromptId } from '$lib/audio/prompts';
import type { AudioManifest } from '$lib/audio/manifest';

const manifest = Object.values(
	import.meta.glob<AudioManifest>('/static/audio/manifest.json', { eager: true, import: 'default' })
)[0] ?? { prompts: {} };

export type PageAudio = { prompt: PromptId; hash: string; opus: string; mp3: string };

export function audioFor(prompt: PromptId | undefined, locale: string): PageAudio | null {
	const entry = prompt && manifest.prompts[locale]?.[prompt];
	if (!prompt || !entry) return null;
	const base = `/audio/${locale}/${entry.hash}`;
	return { prompt, hash: entry.hash, opus: `${base}.opus`, mp3: `${base}.mp3` };
}

export function audioForRoute(routeId: string | null, locale: string): PageAudio | null {
	return audioFor(routeId ? promptOfRoute[routeId] : undefined, locale);
}
