/** The words for flags on the review pages: kinds, decisions, how an account was registered. */
import { m } from '$lib/i18n/m';
import type { FieldAgreement, Contribution } from '$lib/fraud/types';

type FlagKind = 'shared_address' | 'duplicate_person' | 'velocity' | 'network_burst';
type FlagStatus = 'open' | 'no_concern' | 'interview' | 'duplicate';

export const flagKindText = (kind: FlagKind): string =>
	({
		shared_address: m.review_kind_shared_address,
		duplicate_person: m.review_kind_duplicate_person,
		velocity: m.review_kind_velocity,
		network_burst: m.review_kind_network_burst
	})[kind]();

export const flagStatusText = (status: FlagStatus): string =>
	({
		open: m.review_status_open,
		no_concern: m.review_status_no_concern,
		interview: m.review_status_interview,
		duplicate: m.review_status_duplicate
	})[status]();

export const channelText = (channel: 'self' | 'kiosk' | 'caseworker'): string =>
	({
		self: m.review_channel_self,
		kiosk: m.review_channel_kiosk,
		caseworker: m.review_channel_caseworker
	})[channel]();

export const fieldText = (field: Contribution['field']): string =>
	({
		name: m.review_field_name,
		date_of_birth: m.review_field_date_of_birth,
		phone: m.review_field_phone,
		address: m.review_field_address,
		nationality: m.review_field_nationality
	})[field]();

export function agreementText(agreement: FieldAgreement, similarity: number): string {
	if (agreement === 'similar')
		return m.review_agreement_similar({ percent: String(Math.round(similarity * 100)) });
	return {
		exact: m.review_agreement_exact,
		different: m.review_agreement_different,
		missing: m.review_agreement_missing
	}[agreement]();
}
