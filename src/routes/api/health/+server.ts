import { json } from '@sveltejs/kit';
import { appDb } from '$lib/server/app';

/** For load balancers and monitors: the database answers. No personal data. */
export const GET = () => {
	appDb().$client.prepare('select 1').get();
	return json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
};
