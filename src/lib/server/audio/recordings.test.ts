import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AudioManifest } from '$lib/audio/manifest';
import { audioFor, audioSource, audioSourceCounts } from '../audio';
import { recentAudit, verifyAuditLog } from '../audit/audit-log';
import { createFirstAdmin } from '../staff/staff-users';
import { tempDatabase } from '../testing/temp-db';
import {
	contentHash,
	currentRecording,
	listRecordings,
	maxRecordingBytes,
	recordingFormat,
	removeRecording,
	saveRecording
} from './recordings';

const root = new URL('../../../../', import.meta.url);
const manifest = JSON.parse(
	readFileSync(new URL('static/audio/manifest.json', root), 'utf8')
) as AudioManifest;
const committed = (locale: string, prompt: string, ext: 'opus' | 'mp3') =>
	new Uint8Array(
		readFileSync(
			new URL(`static/audio/${locale}/${manifest.prompts[locale]![prompt]!.hash}.${ext}`, root)
		)
	);

const temp = tempDatabase();
const db = temp.db;
const dir = mkdtempSync(join(tmpdir(), 'turno-recordings-'));
const admin = { kind: 'staff' as const, id: 1 };
const t0 = Date.UTC(2026, 10, 25, 9);
const opus = committed('es', 'travel_date', 'opus');
const mp3 = committed('es', 'request_check', 'mp3');

beforeAll(async () => {
	await createFirstAdmin(db, 'admin@example.org', t0);
});
afterAll(() => {
	temp.remove();
	rmSync(dir, { recursive: true, force: true });
});

const save = (prompt: string, content: Uint8Array | null, locale = 'es', now = t0) =>
	saveRecording(db, { locale, prompt, content }, admin, now, dir);

describe('recordingFormat', () => {
	it('knows Ogg Opus and MP3 by their content', () => {
		expect(recordingFormat(opus)).toBe('opus');
		expect(recordingFormat(mp3)).toBe('mp3');
		expect(recordingFormat(new TextEncoder().encode('ID3 and then some'))).toBe('mp3');
	});

	it('refuses anything else, whatever its name', () => {
		expect(recordingFormat(new TextEncoder().encode('Hola, esto es texto.\n'))).toBeNull();
		// An Ogg file that is not Opus (Vorbis).
		expect(recordingFormat(new TextEncoder().encode('OggS\u0000\u0002 vorbis'))).toBeNull();
		expect(recordingFormat(new Uint8Array([0xff]))).toBeNull();
		expect(recordingFormat(new Uint8Array())).toBeNull();
	});
});

describe('saving a recording', () => {
	it('accepts a real Ogg Opus file, stores it by its hash and audits it', () => {
		const result = save('sign_in', opus);
		expect(result.ok).toBe(true);
		const hash = contentHash(opus);
		expect(hash).toMatch(/^[0-9a-f]{16}$/);
		expect(readFileSync(join(dir, 'es', `${hash}.opus`))).toEqual(Buffer.from(opus));
		// Nothing half-written is left behind.
		expect(readdirSync(join(dir, 'es'))).toEqual([`${hash}.opus`]);
		expect(currentRecording(db, 'es', 'sign_in')).toMatchObject({
			hash,
			format: 'opus',
			bytes: opus.length,
			uploadedBy: 1
		});
		const [entry] = recentAudit(db, 1);
		expect(entry).toMatchObject({
			action: 'audio.recorded',
			subject: 'audio:es:sign_in',
			actorKind: 'staff',
			actorId: '1',
			details: { bytes: opus.length, format: 'opus' }
		});
	});

	it('accepts a real MP3 file', () => {
		const result = save('ports', mp3);
		expect(result.ok && result.recording.format).toBe('mp3');
		expect(existsSync(join(dir, 'es', `${contentHash(mp3)}.mp3`))).toBe(true);
	});

	it('refuses a text file named .mp3, an oversized file, no file, an unknown prompt or language', () => {
		const text = new TextEncoder().encode('This is not audio at all.\n'.repeat(40));
		const big = new Uint8Array(maxRecordingBytes + 1);
		big.set(opus);
		const auditBefore = recentAudit(db, 1)[0]!.id;
		expect(save('phone', text)).toEqual({ ok: false, problem: 'file_not_audio' });
		expect(save('phone', big)).toEqual({ ok: false, problem: 'file_too_large' });
		expect(save('phone', null)).toEqual({ ok: false, problem: 'file_missing' });
		expect(save('phone', new Uint8Array())).toEqual({ ok: false, problem: 'file_missing' });
		expect(save('not_a_prompt', opus)).toEqual({ ok: false, problem: 'prompt_unknown' });
		expect(save('phone', opus, 'xx')).toEqual({ ok: false, problem: 'locale_unknown' });
		expect(save('phone', opus, '../es')).toEqual({ ok: false, problem: 'locale_unknown' });
		expect(currentRecording(db, 'es', 'phone')).toBeUndefined();
		expect(recentAudit(db, 1)[0]!.id).toBe(auditBefore);
		expect(existsSync(join(dir, 'xx'))).toBe(false);
	});

	it('replaces an earlier recording of the same prompt, and deletes its file', () => {
		save('cancel', opus, 'ht');
		const first = join(dir, 'ht', `${contentHash(opus)}.opus`);
		expect(existsSync(first)).toBe(true);
		save('cancel', mp3, 'ht', t0 + 1_000);
		expect(currentRecording(db, 'ht', 'cancel')?.format).toBe('mp3');
		expect(existsSync(first)).toBe(false);
		expect(listRecordings(db, 'ht')).toHaveLength(1);
	});
});

describe('the Listen audio', () => {
	it('is the recording when there is one, and the synthesised audio again once removed', () => {
		const synthesised = audioFor(db, 'home', 'es');
		expect(synthesised).toEqual({
			prompt: 'home',
			hash: manifest.prompts.es!.home!.hash,
			opus: `/audio/es/${manifest.prompts.es!.home!.hash}.opus`,
			mp3: `/audio/es/${manifest.prompts.es!.home!.hash}.mp3`
		});
		expect(audioSource(db, 'home', 'es')).toBe('synthesised');

		save('home', opus);
		const hash = contentHash(opus);
		expect(audioFor(db, 'home', 'es')).toEqual({
			prompt: 'home',
			hash,
			opus: `/audio/recorded/es/${hash}.opus`
		});
		expect(audioSource(db, 'home', 'es')).toBe('recorded');
		// Other languages keep their own audio.
		expect(audioFor(db, 'home', 'fr')?.opus).toMatch(/^\/audio\/fr\//);

		const removed = removeRecording(db, { locale: 'es', prompt: 'home' }, admin, t0 + 2_000, dir);
		expect(removed?.hash).toBe(hash);
		expect(audioFor(db, 'home', 'es')).toEqual(synthesised);
		expect(recentAudit(db, 1)[0]).toMatchObject({
			action: 'audio.recording_removed',
			subject: 'audio:es:home',
			details: { bytes: opus.length, format: 'opus' }
		});
		// sign_in still uses the same file: it stays.
		expect(existsSync(join(dir, 'es', `${hash}.opus`))).toBe(true);
	});

	it('counts who speaks each prompt of a language', () => {
		const counts = audioSourceCounts(db, 'es');
		expect(counts.recorded).toBe(2); // sign_in, ports
		expect(counts.recorded + counts.synthesised + counts.missing).toBe(
			Object.keys(manifest.prompts.es!).length
		);
	});

	it('removing nothing writes nothing', () => {
		const auditBefore = recentAudit(db, 1)[0]!.id;
		expect(removeRecording(db, { locale: 'es', prompt: 'home' }, admin, t0, dir)).toBeNull();
		expect(recentAudit(db, 1)[0]!.id).toBe(auditBefore);
	});

	it('leaves an audit log whose chain holds', () => {
		expect(verifyAuditLog(db)).toBeNull();
	});
});
