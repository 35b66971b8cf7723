/**
 * npm run icons — draws the app icons (static/icons) from code: the Turno "T" in white on the
 * brand blue. The maskable icon keeps the letter inside the 80 % safe zone. pngjs writes PNG.
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const blue = [0x0b, 0x3d, 0x91];
const white = [0xff, 0xff, 0xff];

/** The letter as rectangles on a 32-unit grid (the favicon's shape). */
const letter = [
	[9, 9, 23, 13], // bar
	[14, 13, 18, 25] // stem
];

function draw(size: number, scale: number, rounded: boolean): Buffer {
	const png = new PNG({ width: size, height: size });
	const unit = (size * scale) / 32;
	const offset = (size - 32 * unit) / 2;
	const radius = rounded ? size * 0.19 : 0;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const i = (y * size + x) * 4;
			const inCorner =
				radius > 0 &&
				[radius, size - radius].some((cx) =>
					[radius, size - radius].some(
						(cy) =>
							Math.abs(x - cx) <= radius &&
							Math.abs(y - cy) <= radius &&
							(x < radius || x > size - radius) &&
							(y < radius || y > size - radius) &&
							Math.hypot(x - cx, y - cy) > radius
					)
				);
			const gx = (x - offset) / unit;
			const gy = (y - offset) / unit;
			const ink = letter.some(([x0, y0, x1, y1]) => gx >= x0! && gx < x1! && gy >= y0! && gy < y1!);
			const [r, g, b] = ink ? white : blue;
			png.data[i] = r!;
			png.data[i + 1] = g!;
			png.data[i + 2] = b!;
			png.data[i + 3] = inCorner ? 0 : 255;
		}
	}
	return PNG.sync.write(png);
}

writeFileSync('static/icons/icon-192.png', draw(192, 1, true));
writeFileSync('static/icons/icon-512.png', draw(512, 1, true));
// Maskable: full bleed, letter scaled into the safe zone.
writeFileSync('static/icons/icon-maskable-512.png', draw(512, 0.7, false));
writeFileSync('static/icons/apple-touch-icon.png', draw(180, 0.85, false));
console.log('icons written to static/icons');
