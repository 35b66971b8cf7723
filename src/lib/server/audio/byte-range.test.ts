import { describe, expect, it } from 'vitest';
import { byteRange } from './byte-range';

describe('byteRange', () => {
	it('reads the one range an audio player asks for', () => {
		expect(byteRange('bytes=0-', 1000)).toEqual({ start: 0, end: 999 });
		expect(byteRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 });
		expect(byteRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
		expect(byteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
		expect(byteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
	});

	it('sends the whole file for no range, several ranges or nonsense', () => {
		expect(byteRange(null, 1000)).toBeNull();
		expect(byteRange('bytes=0-1,5-6', 1000)).toBeNull();
		expect(byteRange('items=0-1', 1000)).toBeNull();
		expect(byteRange('bytes=-', 1000)).toBeNull();
		expect(byteRange('bytes=5-1', 1000)).toBeNull();
	});

	it('says when a range lies outside the file', () => {
		expect(byteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
		expect(byteRange('bytes=-0', 1000)).toBe('unsatisfiable');
	});
});
