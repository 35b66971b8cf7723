import type { ErrorKey } from './error-keys';

/** Field name → the message key of the first problem found in it. */
export type FieldErrors = Partial<Record<string, ErrorKey>>;

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function valid<T>(value: T): Validation<T> {
	return { ok: true, value };
}

export function invalid<T>(errors: FieldErrors): Validation<T> {
	return { ok: false, errors };
}
