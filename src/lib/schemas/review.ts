/**
 * The reviewer's decision on an integrity flag. Pure; errors are message keys. A flag is never
 * a denial by itself: a person decides, and says why in a note.
 */
import type { FlagKind } from '../server/db/schema';
import { cleanMultiline } from './port-admin';
import { invalid, valid, type FieldErrors, type Validation } from './result';

export const reviewDecisions = ['no_concern', 'interview', 'duplicate'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

export const maxReviewNote = 1000;

/** Enough of the posted note to tell "too long" from a note that fits. */
export const reviewNoteReadLength = maxReviewNote * 2;

export type ReviewInput = { decision: ReviewDecision; note: string };

const isDecision = (value: string): value is ReviewDecision =>
	(reviewDecisions as readonly string[]).includes(value);

/** "Confirmed duplicate" merges accounts, so it is a choice only for a duplicate-person flag. */
export function decisionsFor(kind: FlagKind): readonly ReviewDecision[] {
	return kind === 'duplicate_person' ? reviewDecisions : ['no_concern', 'interview'];
}

export function validateReview(
	fields: { decision: string; note: string },
	kind: FlagKind
): Validation<ReviewInput> {
	const errors: FieldErrors = {};
	const decision = fields.decision.trim();
	const note = cleanMultiline(fields.note);
	if (!decision) errors.decision = 'review_decision_required';
	else if (!isDecision(decision) || !decisionsFor(kind).includes(decision))
		errors.decision = 'review_decision_invalid';
	if (!note) errors.note = 'review_note_required';
	else if ([...note].length > maxReviewNote) errors.note = 'review_note_too_long';
	return Object.keys(errors).length
		? invalid(errors)
		: valid({ decision: decision as ReviewDecision, note });
}
