/** The life of a request: pooled → offered → confirmed → attended | no_show, or it ends early. */
export const requestStatuses = [
	'pooled',
	'offered',
	'confirmed',
	'attended',
	'no_show',
	'declined',
	'expired',
	'cancelled'
] as const;
export type RequestStatus = (typeof requestStatuses)[number];
