/**
 * A human recording replaces the synthesised voice while it says the current text, and the
 * manifest says which is which. Runs `npm run audio` in a copy of the project (no speech
 * tools needed: every other prompt already has its audio).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { AudioManifest } from './manifest';
import { promptText } from './prompts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'turno-recordings-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

for (const part of ['messages', 'project.inlang/settings.json', 'audio', 'static/audio']) {
	cpSync(join(root, part), join(copy, part), { recursive: true });
}

function runAudio(): AudioManifest {
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/audio.ts')],
		// No speech tools on the PATH: nothing here may need them.
		{ cwd: copy, encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent' } }
	);
	expect(result.status, result.stderr).toBe(0);
	return JSON.parse(readFileSync(join(copy, 'static/audio/manifest.json'), 'utf8'));
}

describe('human recordings', () => {
	const messages = JSON.parse(readFileSync(join(root, 'messages/ht.json'), 'utf8'));
	const dir = join(copy, 'audio/recordings/ht');
	const opus = Buffer.from('OggS recorded by a person in Port-au-Prince'.padEnd(800, '.'));

	it('take the place of the synthesised voice while they say the current text', () => {
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'group_size.opus'), opus);
		writeFileSync(join(dir, 'group_size.mp3'), Buffer.from('ID3'.padEnd(900, '.')));
		writeFileSync(join(dir, 'group_size.txt'), promptText('group_size', messages));
		const manifest = runAudio();
		const entry = manifest.prompts.ht!.group_size!;
		expect(entry.source).toBe('recorded');
		expect(readFileSync(join(copy, `static/audio/ht/${entry.hash}.opus`))).toEqual(opus);
		expect(manifest.prompts.ht!.phone!.source).toBe('synthesised');
	});

	it('are set aside once the text they say has changed', () => {
		writeFileSync(join(dir, 'group_size.txt'), 'Yon lòt tèks ki pa la ankò.');
		// The synthesised audio is still in the project (the first run set it aside here).
		cpSync(join(root, 'static/audio/ht'), join(copy, 'static/audio/ht'), { recursive: true });
		const manifest = runAudio();
		expect(manifest.prompts.ht!.group_size!.source).toBe('synthesised');
	});
});
