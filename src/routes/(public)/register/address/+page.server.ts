import { validateUsAddress, type AddressFields } from '$lib/schemas/registration';
import { questionRoute } from '$lib/server/registration/question-route';

const fields: AddressFields[] = [
	'address_line1',
	'address_line2',
	'address_city',
	'address_state',
	'address_zip'
];

const route = questionRoute({
	step: () => ({ kind: 'address' }),
	fields,
	savedValues: (answers) => {
		const a = answers.usAddress;
		return {
			address_line1: a?.line1 ?? '',
			address_line2: a?.line2 ?? '',
			address_city: a?.city ?? '',
			address_state: a?.state ?? '',
			address_zip: a?.zip ?? ''
		};
	},
	validate: validateUsAddress,
	apply: (answers, _step, usAddress) => ({ ...answers, usAddress })
});

export const load = route.load;
export const actions = route.actions;
