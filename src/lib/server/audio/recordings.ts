/**
 * Human recordings uploaded by an administrator: one per prompt and language, each replacing
 * the synthesised audio of that prompt in that language. The file lives in
 * `<recordingsDir>/<locale>/<hash>.<format>`, named by the first 16 hex digits of its SHA-256,
 * so it can be served as immutable; the `audio_recording` table says which file is current.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { prompts, type PromptId } from '$lib/audio/prompts';
import { languages } from '$lib/languages';
import type { Db } from '../db';
import { audioRecording } from '../db/schema';
import { appendAudit, type Actor } from '../audit/audit-log';
import { config } from '../config';

export type RecordingFormat = 'opus' | 'mp3';
export type Recording = typeof audioRecording.$inferSelect;

/** Under adapter-node's 512 KB body limit, with room for the rest of the form. */
export const maxRecordingBytes = 500 * 1024;

/** Why an upload is refused; each has a message (`audio_admin_<problem>`). */
export type RecordingProblem =
	'prompt_unknown' | 'locale_unknown' | 'file_missing' | 'file_too_large' | 'file_not_audio';

/** A prompt Listen audio exists for (src/lib/audio/prompts.ts). */
export const isKnownPrompt = (id: string): id is PromptId => Object.hasOwn(prompts, id);

/** One of the languages Turno speaks. */
export const isKnownLocale = (locale: string): boolean => Object.hasOwn(languages, locale);

const ascii = (bytes: Uint8Array, from: number, to: number) =>
	Buffer.from(
		bytes.buffer,
		bytes.byteOffset + from,
		Math.max(0, Math.min(to, bytes.length) - from)
	).toString('latin1');

/**
 * The format of a file by its content, never by its name: Ogg Opus (an Ogg page whose first
 * packet is `OpusHead`) or MP3 (an ID3 tag, or an MPEG audio frame sync of 11 set bits).
 */
export function recordingFormat(content: Uint8Array): RecordingFormat | null {
	if (ascii(content, 0, 4) === 'OggS' && ascii(content, 0, 512).includes('OpusHead')) {
		return 'opus';
	}
	if (ascii(content, 0, 3) === 'ID3') return 'mp3';
	if (content.length >= 2 && content[0] === 0xff && (content[1]! & 0xe0) === 0xe0) return 'mp3';
	return null;
}

/** First 16 hex digits of the content's SHA-256: the file's name. */
export const contentHash = (content: Uint8Array) =>
	createHash('sha256').update(content).digest('hex').slice(0, 16);

/** Where a recording is served (src/routes/audio/recorded/[locale]/[file]). */
export const recordingUrl = (r: Pick<Recording, 'locale' | 'hash' | 'format'>) =>
	`/audio/recorded/${r.locale}/${r.hash}.${r.format}`;

/** The file on disk of a served name; the caller has checked `locale` and `file`. */
export const recordingPath = (locale: string, file: string, dir = config.recordingsDir) =>
	join(dir, locale, file);

/* ---------- The table, kept in memory ---------- */

/**
 * `audioFor` asks on every applicant page, so the table (a few hundred rows at most) is kept
 * in memory. Saving or removing in this process clears it at once. Another server process on
 * the same database notices after at most `cacheMs`: until then its pages may still point at
 * the previous audio (a removed file then answers 404 and the Listen button stays silent).
 */
const cacheMs = 60_000;
const cache = new WeakMap<Db, { readAt: number; byKey: Map<string, Recording> }>();
const keyOf = (locale: string, prompt: string) => `${locale}:${prompt}`;

function cachedRecordings(db: Db, now: number): Map<string, Recording> {
	const held = cache.get(db);
	if (held && now - held.readAt < cacheMs) return held.byKey;
	const byKey = new Map(listRecordings(db).map((r) => [keyOf(r.locale, r.prompt), r]));
	cache.set(db, { readAt: now, byKey });
	return byKey;
}

/** The current recording of a prompt in a language, if an administrator uploaded one. */
export function currentRecording(
	db: Db,
	locale: string,
	prompt: string,
	now = Date.now()
): Recording | undefined {
	return cachedRecordings(db, now).get(keyOf(locale, prompt));
}

/** Every current recording (of one language, if given), by language then prompt. */
export function listRecordings(db: Db, locale?: string): Recording[] {
	return db
		.select()
		.from(audioRecording)
		.where(locale === undefined ? undefined : eq(audioRecording.locale, locale))
		.orderBy(asc(audioRecording.locale), asc(audioRecording.prompt))
		.all();
}

/* ---------- Changes ---------- */

export type RecordingUpload = { locale: string; prompt: string; content: Uint8Array | null };

/** What is wrong with an upload, checked before anything is written; null if nothing. */
export function checkRecordingUpload(upload: RecordingUpload): RecordingProblem | null {
	if (!isKnownLocale(upload.locale)) return 'locale_unknown';
	if (!isKnownPrompt(upload.prompt)) return 'prompt_unknown';
	if (!upload.content?.length) return 'file_missing';
	if (upload.content.length > maxRecordingBytes) return 'file_too_large';
	if (!recordingFormat(upload.content)) return 'file_not_audio';
	return null;
}

/** Writes beside the final name, then renames: a reader never sees half a file. */
function writeAtomically(path: string, content: Uint8Array): void {
	const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		writeFileSync(temp, content);
		renameSync(temp, path);
	} finally {
		rmSync(temp, { force: true });
	}
}

/** Deletes a file no current recording uses any more (the same audio may serve two prompts). */
function removeIfUnused(db: Db, locale: string, hash: string, format: string, dir: string): void {
	const used = db
		.select({ prompt: audioRecording.prompt })
		.from(audioRecording)
		.where(and(eq(audioRecording.locale, locale), eq(audioRecording.hash, hash)))
		.get();
	if (!used) rmSync(recordingPath(locale, `${hash}.${format}`, dir), { force: true });
}

/**
 * Stores an administrator's recording of one prompt in one language, replacing any earlier
 * one: the file first (atomically), then the row and its audit entry in one transaction.
 */
export function saveRecording(
	db: Db,
	upload: RecordingUpload,
	actor: Actor & { kind: 'staff' },
	now: number,
	dir = config.recordingsDir
): { ok: true; recording: Recording } | { ok: false; problem: RecordingProblem } {
	const problem = checkRecordingUpload(upload);
	if (problem) return { ok: false, problem };
	const content = upload.content!;
	const format = recordingFormat(content)!;
	const recording: Recording = {
		locale: upload.locale,
		prompt: upload.prompt,
		hash: contentHash(content),
		format,
		bytes: content.length,
		uploadedBy: actor.id,
		uploadedAt: now
	};
	mkdirSync(join(dir, recording.locale), { recursive: true });
	const path = recordingPath(recording.locale, `${recording.hash}.${format}`, dir);
	if (!existsSync(path)) writeAtomically(path, content);

	let previous: Recording | undefined;
	try {
		previous = db.$client
			.transaction(() => {
				const earlier = db
					.select()
					.from(audioRecording)
					.where(
						and(
							eq(audioRecording.locale, recording.locale),
							eq(audioRecording.prompt, recording.prompt)
						)
					)
					.get();
				db.insert(audioRecording)
					.values(recording)
					.onConflictDoUpdate({
						target: [audioRecording.locale, audioRecording.prompt],
						set: {
							hash: recording.hash,
							format,
							bytes: recording.bytes,
							uploadedBy: actor.id,
							uploadedAt: now
						}
					})
					.run();
				appendAudit(
					db,
					{
						actor,
						action: 'audio.recorded',
						subject: `audio:${recording.locale}:${recording.prompt}`,
						details: { bytes: recording.bytes, format }
					},
					now
				);
				return earlier;
			})
			.immediate();
	} catch (error) {
		removeIfUnused(db, recording.locale, recording.hash, format, dir);
		throw error;
	} finally {
		cache.delete(db);
	}
	if (previous && previous.hash !== recording.hash) {
		removeIfUnused(db, previous.locale, previous.hash, previous.format, dir);
	}
	return { ok: true, recording };
}

/**
 * Removes the recording of a prompt in a language, so the synthesised audio speaks again.
 * Returns the recording removed, or null when there was none (nothing is written then).
 */
export function removeRecording(
	db: Db,
	target: { locale: string; prompt: string },
	actor: Actor & { kind: 'staff' },
	now: number,
	dir = config.recordingsDir
): Recording | null {
	const removed = db.$client
		.transaction((): Recording | null => {
			const where = and(
				eq(audioRecording.locale, target.locale),
				eq(audioRecording.prompt, target.prompt)
			);
			const row = db.select().from(audioRecording).where(where).get();
			if (!row) return null;
			db.delete(audioRecording).where(where).run();
			appendAudit(
				db,
				{
					actor,
					action: 'audio.recording_removed',
					subject: `audio:${row.locale}:${row.prompt}`,
					details: { bytes: row.bytes, format: row.format }
				},
				now
			);
			return row;
		})
		.immediate();
	cache.delete(db);
	if (removed) removeIfUnused(db, removed.locale, removed.hash, removed.format, dir);
	return removed;
}
