/**
 * A camera that films a QR code: Chromium's fake capture device plays a Y4M video file, here
 * a still picture of the code (black modules on white), so a page's camera scanner can be
 * tested end to end.
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import QRCode from 'qrcode';

export function qrVideoFile(text: string, name: string): string {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const quiet = 4;
	const scale = 6;
	const cells = modules.size + 2 * quiet;
	// 4:2:0 needs even sides.
	const side = cells * scale + ((cells * scale) % 2);
	const luma = Buffer.alloc(side * side, 235);
	for (let y = 0; y < modules.size; y++)
		for (let x = 0; x < modules.size; x++) {
			if (!modules.get(x, y)) continue;
			for (let dy = 0; dy < scale; dy++)
				luma.fill(
					16,
					((y + quiet) * scale + dy) * side + (x + quiet) * scale,
					((y + quiet) * scale + dy) * side + (x + quiet + 1) * scale
				);
		}
	const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
	const header = Buffer.from(`YUV4MPEG2 W${side} H${side} F5:1 Ip A1:1 C420jpeg\n`);
	const dir = resolve('tests/.tmp');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${name}.y4m`);
	writeFileSync(file, Buffer.concat([header, frame, frame, frame, frame, frame]));
	return file;
}

/** A Chromium whose camera films the given video file, granted without asking. */
export function browserWithCamera(videoFile: string): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--use-fake-ui-for-media-stream',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${videoFile}`
		]
	});
}
