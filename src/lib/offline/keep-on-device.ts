/**
 * Keeps what a person types into a form on the device, keystroke by keystroke, and puts it
 * back when the page opens again (a reload, a crash, a lost connection, coming back later).
 * A field is only filled back if it still shows what the server sent, so nothing typed in
 * the meantime is overwritten. Hidden fields and secrets (PINs) are never kept.
 */
import { clearFieldDraft, readFieldDraft, saveFieldDraft } from './device-store';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isField = (e: unknown): e is Field =>
	e instanceof HTMLInputElement ||
	e instanceof HTMLSelectElement ||
	e instanceof HTMLTextAreaElement;

function keptEntries(form: HTMLFormElement): [string, string][] {
	const entries: [string, string][] = [];
	for (const field of Array.from(form.elements)) {
		if (!isField(field) || !field.name || field.disabled) continue;
		if (field instanceof HTMLInputElement) {
			if (['hidden', 'password', 'submit', 'button', 'file'].includes(field.type)) continue;
			if ((field.type === 'radio' || field.type === 'checkbox') && !field.checked) continue;
		}
		entries.push([field.name, field.value]);
	}
	return entries;
}

function untouched(field: Field): boolean {
	if (field instanceof HTMLSelectElement) {
		return Array.from(field.options).every((o) => o.selected === o.defaultSelected);
	}
	if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
		return field.checked === field.defaultChecked;
	}
	return field.value === field.defaultValue;
}

function restore(form: HTMLFormElement, entries: [string, string][]): void {
	for (const [name, value] of entries) {
		const found = form.elements.namedItem(name);
		if (found instanceof RadioNodeList) {
			for (const option of Array.from(found)) {
				if (option instanceof HTMLInputElement && untouched(option)) {
					option.checked = option.value === value;
				}
			}
		} else if (isField(found) && untouched(found)) {
			found.value = value;
		}
	}
}

/** Svelte action: `<form use:keepOnDevice={path}>`, path without the language prefix. */
export function keepOnDevice(form: HTMLFormElement, path: string) {
	const save = () => void saveFieldDraft(path, keptEntries(form)).catch(() => {});
	readFieldDraft(path)
		.then((draft) => draft && restore(form, draft.entries))
		.catch(() => {});
	form.addEventListener('input', save);
	form.addEventListener('change', save);
	return {
		destroy() {
			form.removeEventListener('input', save);
			form.removeEventListener('change', save);
		}
	};
}

export { clearFieldDraft };
