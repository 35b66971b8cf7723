/**
 * Every validation problem is a message key, never English: the page turns it into the
 * person's language (src/lib/error-messages.ts). Keep this list and messages/*.json in step.
 */
export const errorKeys = [
	'error_group_size_required',
	'error_group_size_number',
	'error_group_size_range',
	'error_name_required',
	'error_name_too_long',
	'error_name_characters',
	'error_dob_required',
	'error_dob_day_missing',
	'error_dob_month_missing',
	'error_dob_year_missing',
	'error_dob_not_real',
	'error_dob_future',
	'error_dob_too_old',
	'error_nationality_required',
	'error_phone_invalid',
	'error_address_line1_required',
	'error_address_city_required',
	'error_address_state_required',
	'error_address_zip_invalid',
	'error_address_too_long',
	'error_ports_first_required',
	'error_ports_unknown',
	'error_ports_duplicate',
	'error_ports_gap',
	'error_travel_date_required',
	'error_travel_date_day_missing',
	'error_travel_date_month_missing',
	'error_travel_date_year_missing',
	'error_travel_date_not_real',
	'error_travel_date_past',
	'error_travel_date_too_far',
	'error_sign_in_code_required',
	'error_sign_in_pin_required',
	'error_sign_in_wrong',
	'error_form_expired'
] as const;

export type ErrorKey = (typeof errorKeys)[number];
