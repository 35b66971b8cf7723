import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => ({ signedIn: event.locals.accountId !== null });
