/** Fills `{name}` placeholders, the only syntax the message files use. */
export function fillPlaceholders(text: string, inputs: Record<string, unknown> = {}): string {
	return text.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (all, name: string) =>
		name in inputs ? String(inputs[name]) : all
	);
}
