import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTranslations, summaryLine, type Messages } from './check-translations';

const base: Messages = {
	$schema: 'x',
	greet: 'Hello {name}',
	brand: 'Turno',
	code_hint: 'Like T7K-4QX-9MP',
	leave: 'Sign out'
};

describe('checkTranslations', () => {
	it('passes a complete translation', () => {
		const es = {
			greet: 'Hola {name}',
			brand: 'Turno',
			code_hint: 'Como T7K-4QX-9MP',
			leave: 'Salir'
		};
		expect(checkTranslations(base, { es })).toEqual([]);
	});

	it('finds a removed key, an empty value, changed placeholders, English left over and an extra key', () => {
		const broken = {
			greet: 'Hola {nombre}',
			brand: 'Turno',
			code_hint: '',
			leave: 'Sign out',
			old: 'x'
		};
		const problems = checkTranslations(base, { es: { ...broken } });
		expect(problems.map((p) => `${p.kind}:${p.key}`).sort()).toEqual(
			['empty:code_hint', 'extra:old', 'placeholders:greet', 'untranslated:leave'].sort()
		);
		const withoutKey: Messages = { greet: 'Hola {name}', brand: 'Turno', code_hint: 'Como X' };
		expect(checkTranslations(base, { es: withoutKey })).toEqual([
			{ locale: 'es', key: 'leave', kind: 'missing' }
		]);
	});

	it('summarises as the line npm test prints', () => {
		const es = { greet: 'Hola {name}', brand: 'Turno', code_hint: 'Como', leave: 'Salir' };
		expect(summaryLine(base, { es }, [])).toBe('i18n locales=2 keys=4 missing=0 mismatched=0');
	});
});

describe('the project messages', () => {
	const dir = new URL('../../../messages/', import.meta.url);
	const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Messages;
	const settings = JSON.parse(
		readFileSync(new URL('../../../project.inlang/settings.json', import.meta.url), 'utf8')
	) as { locales: string[] };
	const locales = Object.fromEntries(
		settings.locales.filter((l) => l !== 'en').map((l) => [l, read(`${l}.json`)])
	);

	it('are complete in every locale', () => {
		expect(checkTranslations(read('en.json'), locales)).toEqual([]);
	});

	it('fail the check when one key is removed from one locale', () => {
		const [first] = Object.keys(locales);
		const damaged = { ...locales[first!] };
		delete damaged['continue'];
		const problems = checkTranslations(read('en.json'), { ...locales, [first!]: damaged });
		expect(problems).toEqual([{ locale: first, key: 'continue', kind: 'missing' }]);
	});
});
