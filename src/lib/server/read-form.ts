/** Reads a posted form; a body too large or not a form is the sender's fault (4xx), never a 500. */
import { error, type RequestEvent } from '@sveltejs/kit';

export async function readForm(event: RequestEvent): Promise<FormData> {
	try {
		return await event.request.formData();
	} catch (e) {
		const status = (e as { status?: unknown }).status;
		if (status === 413) error(413, 'Payload Too Large');
		error(400, 'Bad Request');
	}
}
