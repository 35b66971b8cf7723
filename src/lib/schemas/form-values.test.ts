import { describe, expect, it } from 'vitest';
import { cleanText, maxFieldLength, readFields } from './form-values';

describe('readFields', () => {
	it('reads the named text fields', () => {
		const form = new FormData();
		form.set('full_name', 'Ana María');
		form.set('group_size', '2');
		expect(readFields(form, ['full_name', 'group_size'])).toEqual({
			full_name: 'Ana María',
			group_size: '2'
		});
	});

	it('gives an empty string for a missing field', () => {
		expect(readFields(new FormData(), ['phone'])).toEqual({ phone: '' });
	});

	it('gives an empty string for a file sent instead of text', () => {
		const form = new FormData();
		form.set('full_name', new File(['<script>alert(1)</script>'], 'name.txt'));
		form.set('phone', new Blob(['+52 664 123 4567']));
		expect(readFields(form, ['full_name', 'phone'])).toEqual({ full_name: '', phone: '' });
	});

	it('takes the first value of a repeated field', () => {
		const form = new FormData();
		form.append('nationality', 'MX');
		form.append('nationality', 'HT');
		expect(readFields(form, ['nationality'])).toEqual({ nationality: 'MX' });
	});

	it('caps a long value at the maximum length', () => {
		const form = new FormData();
		form.set('full_name', 'a'.repeat(100_000));
		form.set('city', 'b'.repeat(maxFieldLength));
		const fields = readFields(form, ['full_name', 'city']);
		expect(maxFieldLength).toBeGreaterThan(0);
		expect(fields.full_name).toBe('a'.repeat(maxFieldLength));
		expect(fields.city).toBe('b'.repeat(maxFieldLength));
	});

	it('only returns the fields asked for', () => {
		const form = new FormData();
		form.set('full_name', 'Ana');
		form.set('is_admin', 'true');
		expect(Object.keys(readFields(form, ['full_name']))).toEqual(['full_name']);
	});

	it('never throws, whatever the form holds', () => {
		const form = new FormData();
		form.set('a', '\u0000\ud800');
		form.set('b', new File([new Uint8Array([0xff, 0xfe, 0x00])], 'x.bin'));
		expect(() => readFields(form, ['a', 'b', 'c', '__proto__', 'constructor'])).not.toThrow();
	});
});

describe('cleanText', () => {
	it('trims and collapses runs of spaces', () => {
		expect(cleanText('  Ana    María  ')).toBe('Ana María');
		expect(cleanText('Ana\u00a0\u00a0María')).toBe('Ana María');
		expect(cleanText('   ')).toBe('');
	});

	it('turns line breaks and tabs into single spaces', () => {
		expect(cleanText('Ana\r\nMaría\tLópez')).toBe('Ana María López');
		expect(cleanText('Ana\u2028María\u2029López')).toBe('Ana María López');
	});

	it('strips control and invisible format characters', () => {
		const cleaned = cleanText('Ana\u0000\u0007\u001b[31m María\u007f\u0085\u202e\ufeff');
		expect(cleaned).not.toMatch(/[\p{Cc}\u202e\ufeff]/u);
		expect(cleaned.startsWith('Ana')).toBe(true);
		expect(cleaned).toContain('María');
		expect(cleaned).not.toMatch(/\s\s|^\s|\s$/u);
	});

	it('keeps the zero-width joiner that some scripts need', () => {
		expect(cleanText('क्\u200dष')).toBe('क्\u200dष');
	});

	it('returns composed (NFC) text', () => {
		expect(cleanText('Jose\u0301')).toBe('José');
		expect(cleanText('Jose\u0301')).toHaveLength(4);
	});

	it('leaves ordinary text alone', () => {
		for (const text of ["Tz'unun", 'محمد عبد الله', '王小明', '+52 664 123 4567']) {
			expect(cleanText(text)).toBe(text);
		}
	});
});
