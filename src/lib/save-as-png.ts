/**
 * Turns the server's SVG card into a PNG download, drawn by the browser with the phone's own
 * fonts (so every script renders). Without JavaScript the link downloads the SVG itself.
 */
export async function saveSvgAsPng(svgUrl: string, fileName: string): Promise<void> {
	const response = await fetch(svgUrl, { credentials: 'same-origin' });
	if (!response.ok) throw new Error(`card ${response.status}`);
	const svgUrlObject = URL.createObjectURL(await response.blob());
	try {
		const image = new Image();
		image.src = svgUrlObject;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = 1200;
		canvas.height = 720;
		canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
		const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!png) throw new Error('canvas');
		const link = document.createElement('a');
		link.href = URL.createObjectURL(png);
		link.download = fileName;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
	} finally {
		URL.revokeObjectURL(svgUrlObject);
	}
}
