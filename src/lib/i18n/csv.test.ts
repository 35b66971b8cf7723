import { describe, expect, it } from 'vitest';
import { csvToMessages, messagesToCsv } from './csv';

describe('messages as CSV', () => {
	const locales = {
		en: { $schema: 's', a: 'Hello, "friend"', b: 'Two\nlines', c: "K'iche' {name}" },
		ar: { $schema: 's', a: 'مرحبا، «صديقي»', b: 'سطران', c: 'نص {name}' },
		zh: { $schema: 's', a: '你好，朋友', b: '', c: '{name} 好' }
	};

	it('round-trips quotes, commas, line breaks, apostrophes and every script', () => {
		const csv = messagesToCsv(locales, ['en', 'ar', 'zh']);
		expect(csv.startsWith('\ufeffkey,en,ar,zh')).toBe(true);
		const back = csvToMessages(csv);
		expect(back.en).toEqual({ a: 'Hello, "friend"', b: 'Two\nlines', c: "K'iche' {name}" });
		expect(back.ar).toEqual({ a: 'مرحبا، «صديقي»', b: 'سطران', c: 'نص {name}' });
		// An empty cell is a missing translation, not an empty one.
		expect(back.zh).toEqual({ a: '你好，朋友', c: '{name} 好' });
	});

	it('refuses a file that is not a message table', () => {
		expect(() => csvToMessages('name,en\nx,y')).toThrow(/key/);
	});
});
