/**
 * The one byte range of a `Range: bytes=…` header that audio players send (to seek, or to
 * read the end of a file first). Several ranges in one request are answered whole, as
 * RFC 9110 allows a server to ignore a Range header.
 */
export type ByteRange = { start: number; end: number };

/**
 * The inclusive range asked for in a file of `size` bytes: null to send the whole file,
 * 'unsatisfiable' for a range outside it (416).
 */
export function byteRange(header: string | null, size: number): ByteRange | null | 'unsatisfiable' {
	const match = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!match || (match[1] === '' && match[2] === '')) return null;
	const [, first, last] = match as unknown as [string, string, string];
	if (first === '') {
		// The last N bytes.
		const length = Number(last);
		if (length === 0 || size === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - length), end: size - 1 };
	}
	const start = Number(first);
	if (start >= size) return 'unsatisfiable';
	const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
	return end < start ? null : { start, end };
}
