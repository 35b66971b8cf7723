/**
 * The Listen audio of a screen in a language: an administrator's recording when there is one
 * (src/lib/server/audio/recordings.ts), otherwise the committed audio of the manifest.
 */
import { promptOfRoute, prompts, type PromptId } from '$lib/audio/prompts';
import type { AudioManifest } from '$lib/audio/manifest';
import type { Db } from './db';
import { currentRecording, recordingUrl } from './audio/recordings';

const manifest = Object.values(
	import.meta.glob<AudioManifest>('/static/audio/manifest.json', { eager: true, import: 'default' })
)[0] ?? { prompts: {} };

/**
 * The files a page plays, in the formats they exist in: the committed audio has both (Opus,
 * and MP3 for browsers without Opus); an uploaded recording has only the one it was made in.
 */
export type PageAudio = {
	prompt: PromptId;
	/** Names the audio (its file name without extension). */
	hash: string;
	opus?: string;
	mp3?: string;
};

/** The audio of one prompt in one language, or null when there is none. */
export function audioFor(db: Db, prompt: PromptId | undefined, locale: string): PageAudio | null {
	if (!prompt) return null;
	const recording = currentRecording(db, locale, prompt);
	if (recording) {
		return { prompt, hash: recording.hash, [recording.format]: recordingUrl(recording) };
	}
	const entry = manifest.prompts[locale]?.[prompt];
	if (!entry) return null;
	const base = `/audio/${locale}/${entry.hash}`;
	return { prompt, hash: entry.hash, opus: `${base}.opus`, mp3: `${base}.mp3` };
}

/** The audio of the screen a route shows, if it has one. */
export function audioForRoute(db: Db, routeId: string | null, locale: string): PageAudio | null {
	return audioFor(db, routeId ? promptOfRoute[routeId] : undefined, locale);
}

/**
 * Who speaks a prompt in a language: a person (an uploaded recording, or one committed with
 * the audio build), the synthesiser, or nobody yet.
 */
export type AudioSource = 'recorded' | 'synthesised' | 'missing';

/** The source of one prompt's audio in one language. */
export function audioSource(db: Db, prompt: PromptId, locale: string): AudioSource {
	if (currentRecording(db, locale, prompt)) return 'recorded';
	return manifest.prompts[locale]?.[prompt]?.source ?? 'missing';
}

/** How many prompts of a language each source speaks, out of every prompt. */
export function audioSourceCounts(db: Db, locale: string): Record<AudioSource, number> {
	const counts: Record<AudioSource, number> = { recorded: 0, synthesised: 0, missing: 0 };
	for (const prompt of Object.keys(prompts) as PromptId[]) {
		counts[audioSource(db, prompt, locale)]++;
	}
	return counts;
}
