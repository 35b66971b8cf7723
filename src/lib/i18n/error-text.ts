/**
 * Validation problems are message keys; here they become text in the person's language: on
 * the server, and in the browser for an answer checked offline (from the page's own messages).
 */
import { m } from './m';
import type { ErrorKey } from '$lib/schemas/error-keys';
import type { FieldErrors } from '$lib/schemas/result';

// The compiler checks here that every error key has a message.
const messages: Record<ErrorKey, () => string> = m;

export function errorText(errors: FieldErrors): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [field, key] of Object.entries(errors)) if (key) out[field] = messages[key]();
	return out;
}
