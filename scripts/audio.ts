/**
 * npm run audio — makes the Listen audio of every screen in every language.
 *
 * For each prompt: a human recording in audio/recordings/<locale>/<prompt>.opus and .mp3 (with
 * the text it says in <prompt>.txt) is used when it says the current text; otherwise espeak-ng speaks it,
 * opusenc encodes Ogg Opus at 16 kb/s and lame an MP3 for browsers without Opus. Files are
 * named by the hash of what they say, so unchanged prompts are not made again. The generated
 * files are committed (static/audio), so `npm install && npm start` needs no speech tools.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prompts, promptText, type PromptId } from '../src/lib/audio/prompts';
import { audioHash, spokenText, voices, type Diacritised } from '../src/lib/audio/spoken';
import type { AudioManifest } from '../src/lib/audio/manifest';

const outDir = 'static/audio';
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	locales: string[];
};
const arabic = JSON.parse(readFileSync('audio/ar-spoken.json', 'utf8')) as Diacritised;
const work = mkdtempSync(join(tmpdir(), 'turno-audio-'));

function run(command: string, args: string[]): void {
	const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	if (result.status !== 0)
		throw new Error(`${command} failed: ${result.stderr?.toString() ?? result.error}`);
}

function encode(wav: string, base: string): void {
	run('opusenc', ['--quiet', '--bitrate', '16', '--downmix-mono', wav, `${base}.opus`]);
	run('lame', ['--quiet', '-m', 'm', '-b', '16', '--resample', '16', wav, `${base}.mp3`]);
}

const manifest: AudioManifest = { prompts: {} };
let made = 0;
for (const locale of settings.locales) {
	const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<
		string,
		string
	>;
	mkdirSync(join(outDir, locale), { recursive: true });
	manifest.prompts[locale] = {};
	for (const id of Object.keys(prompts) as PromptId[]) {
		const text = promptText(id, messages);
		const spoken = spokenText(locale, id, messages, arabic);
		const recording = join('audio/recordings', locale, `${id}.opus`);
		const recorded =
			existsSync(recording) &&
			readFileSync(recording.replace(/\.opus$/, '.txt'), 'utf8').trim() === text;
		const hash = recorded
			? createHash('sha256').update(readFileSync(recording)).digest('hex').slice(0, 16)
			: audioHash(locale, spoken);
		const base = join(outDir, locale, hash);
		if (!existsSync(`${base}.opus`) || !existsSync(`${base}.mp3`)) {
			const wav = join(work, `${locale}-${id}.wav`);
			if (recorded) {
				copyFileSync(recording, `${base}.opus`);
				copyFileSync(recording.replace(/\.opus$/, '.mp3'), `${base}.mp3`);
			} else {
				run('espeak-ng', ['-v', voices[locale]!, '-s', '140', '-w', wav, spoken]);
				encode(wav, base);
			}
			made++;
		}
		manifest.prompts[locale]![id] = {
			hash,
			source: recorded ? 'recorded' : 'synthesised',
			bytes: statSync(`${base}.opus`).size + statSync(`${base}.mp3`).size
		};
	}
	// Audio of texts no longer used goes.
	const keep = new Set(Object.values(manifest.prompts[locale]!).map((p) => p.hash));
	for (const file of readdirSync(join(outDir, locale))) {
		if (!keep.has(file.replace(/\.(opus|mp3)$/, ''))) rmSync(join(outDir, locale, file));
	}
}
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
rmSync(work, { recursive: true, force: true });
for (const locale of settings.locales) {
	const bytes = Object.values(manifest.prompts[locale]!).reduce((s, p) => s + p.bytes, 0);
	console.log(`audio ${locale}: ${(bytes / 1024).toFixed(0)} KB`);
}
console.log(
	`audio prompts=${Object.keys(prompts).length} locales=${settings.locales.length} made=${made}`
);
