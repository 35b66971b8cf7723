import { appTicketKeys } from '$lib/server/app';

/** The public half of the ticket key, for port devices that verify tickets offline. */
export const GET = () =>
	new Response(appTicketKeys().publicKeyPem, {
		headers: { 'Content-Type': 'application/x-pem-file', 'Cache-Control': 'public, max-age=3600' }
	});
