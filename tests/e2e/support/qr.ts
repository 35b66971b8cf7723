/** Reads a QR code from a screenshot of an element, as a phone camera would. */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from '@playwright/test';

export async function readQr(element: Locator): Promise<string | null> {
	const png = PNG.sync.read(await element.screenshot());
	const result = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	return result?.data ?? null;
}
