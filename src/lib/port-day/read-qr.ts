/**
 * Reading a QR code from a camera frame or a photo: the browser's BarcodeDetector where it
 * has one (Android, ChromeOS, macOS), else jsQR (pure JavaScript, loaded only when needed).
 */
type Source = HTMLVideoElement | ImageBitmap;

type Detector = { detect(source: Source): Promise<Array<{ rawValue: string }>> };
declare const BarcodeDetector:
	| { new (options: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> }
	| undefined;

let detector: Detector | null | undefined;

async function nativeDetector(): Promise<Detector | null> {
	if (detector !== undefined) return detector;
	detector = null;
	try {
		if (typeof BarcodeDetector !== 'undefined') {
			const formats = await BarcodeDetector.getSupportedFormats();
			if (formats.includes('qr_code')) detector = new BarcodeDetector({ formats: ['qr_code'] });
		}
	} catch {
		detector = null;
	}
	return detector;
}

function pixelsOf(source: Source): ImageData | null {
	const width = source instanceof HTMLVideoElement ? source.videoWidth : source.width;
	const height = source instanceof HTMLVideoElement ? source.videoHeight : source.height;
	if (!width || !height) return null;
	// Large photos are scaled down: a QR code needs far fewer pixels, and jsQR is faster.
	const scale = Math.min(1, 1200 / Math.max(width, height));
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) return null;
	context.drawImage(source, 0, 0, canvas.width, canvas.height);
	return context.getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * Loads what reading needs ahead of time, so a scan still works if the connection drops
 * after the page opened (the check of the signature needs no network either).
 */
export async function prepareQrReading(): Promise<void> {
	await nativeDetector();
	if (!detector) await import('jsqr');
}

/** The text of the QR code in the frame or photo, or null when none can be read. */
export async function readQr(source: Source): Promise<string | null> {
	const native = await nativeDetector();
	if (native) {
		try {
			const found = await native.detect(source);
			if (found[0]?.rawValue) return found[0].rawValue;
		} catch {
			// Fall through to jsQR.
		}
	}
	const pixels = pixelsOf(source);
	if (!pixels) return null;
	const { default: jsQR } = await import('jsqr');
	return jsQR(pixels.data, pixels.width, pixels.height)?.data ?? null;
}
