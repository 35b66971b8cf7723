/**
 * A QR code as one SVG path (qrcode computes the modules), so pages draw it without scripts,
 * without inline styles and without injecting HTML.
 */
import QRCode from 'qrcode';

export type QrPath = { size: number; d: string };

export function qrPath(text: string): QrPath {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const margin = 2;
	let d = '';
	for (let y = 0; y < modules.size; y++) {
		for (let x = 0; x < modules.size; x++) {
			if (modules.get(x, y)) d += `M${x + margin} ${y + margin}h1v1h-1z`;
		}
	}
	return { size: modules.size + 2 * margin, d };
}
