/**
 * What each applicant screen says aloud: the messages read, in order, by its Listen button.
 * Person questions use the general label ("Full name") rather than the person's name, so one
 * recording serves every person. Pure: the audio build, the pages and the tests all read it.
 */
export const prompts = {
	home: ['home_title', 'home_intro'],
	start: [
		'start_title',
		'start_how_heading',
		'start_step_group',
		'start_step_code',
		'start_step_request',
		'start_step_draw',
		'start_need_heading',
		'start_need_names',
		'start_need_nationality',
		'start_no_need',
		'start_saved'
	],
	group_size: ['group_size_title', 'group_size_hint'],
	name: ['check_name', 'name_hint'],
	date_of_birth: ['check_dob', 'dob_hint'],
	nationality: ['check_nationality', 'nationality_hint'],
	phone: ['phone_title', 'phone_hint'],
	address: ['address_title', 'address_not_required'],
	check: ['check_title', 'check_next'],
	done: ['done_title', 'done_keep_safe', 'done_pin_secret', 'done_next'],
	sign_in: ['sign_in_title', 'sign_in_code_hint', 'sign_in_pin_hint', 'sign_in_forgot'],
	ports: ['request_ports_title', 'request_ports_hint'],
	travel_date: ['request_date_title'],
	request_check: ['request_check_title', 'request_submit'],
	status_none: ['status_title', 'status_none_text'],
	status_pooled: ['status_title', 'status_pooled_text', 'status_come_back'],
	status_offered: [
		'status_offered_text',
		'status_offer_bring_heading',
		'status_offer_bring_everyone',
		'status_offer_bring_ids',
		'status_offer_bring_ticket',
		'offer_decline_hint'
	],
	status_confirmed: ['status_confirmed_text'],
	status_ended: ['status_title', 'status_ended_text'],
	cancel: ['cancel_title', 'cancel_warning'],
	ticket: ['ticket_title', 'ticket_show'],
	allocation: ['allocation_title', 'allocation_intro', 'allocation_how'],
	consent: ['caseworker_consent_title', 'caseworker_consent_text']
} as const satisfies Record<string, readonly string[]>;

export type PromptId = keyof typeof prompts;

/** The screen's prompt for each route; the status page picks its own by state. */
export const promptOfRoute: Record<string, PromptId> = {
	'/(public)': 'home',
	'/(public)/start': 'start',
	'/(public)/register/group-size': 'group_size',
	'/(public)/register/person/[n]/name': 'name',
	'/(public)/register/person/[n]/date-of-birth': 'date_of_birth',
	'/(public)/register/person/[n]/nationality': 'nationality',
	'/(public)/register/phone': 'phone',
	'/(public)/register/address': 'address',
	'/(public)/register/check': 'check',
	'/(public)/register/done': 'done',
	'/(public)/sign-in': 'sign_in',
	'/(public)/request/ports': 'ports',
	'/(public)/request/date': 'travel_date',
	'/(public)/request/check': 'request_check',
	'/(public)/status/cancel': 'cancel',
	'/(public)/ticket': 'ticket',
	'/(public)/allocation': 'allocation'
};

/** The text a prompt says in one language: its messages, one sentence after another. */
export function promptText(id: PromptId, messages: Record<string, string>): string {
	return prompts[id]
		.map((key) => (messages[key] ?? '').trim())
		.filter(Boolean)
		.map((text) => (/[.!?。！？।؟:：]$/.test(text) ? text : `${text}.`))
		.join(' ');
}
