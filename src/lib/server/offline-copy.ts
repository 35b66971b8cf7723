/** Pages a person may keep on their own device to read offline (status, ticket). */
import type { RequestEvent } from '@sveltejs/kit';
import { offlineCopyHeader } from '$lib/offline/protocol';

/**
 * Never on a kiosk, nor in a caseworker's browser acting for a group: the next person must
 * not find the previous one's page in the device's storage.
 */
export function allowOfflineCopy(event: RequestEvent): void {
	if (!event.locals.kiosk && !event.locals.actingStaffId) {
		event.setHeaders({ [offlineCopyHeader]: 'allowed' });
	}
}
