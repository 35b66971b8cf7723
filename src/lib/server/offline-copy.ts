/** Pages a person may keep on their own device to read offline (status, ticket). */
import type { RequestEvent } from '@sveltejs/kit';
import { offlineCopyHeader } from '$lib/offline/protocol';

/** Never on a kiosk: the next person must not find the previous one's page in its storage. */
export function allowOfflineCopy(event: RequestEvent): void {
	if (!event.locals.kiosk) event.setHeaders({ [offlineCopyHeader]: 'allowed' });
}
