/** What the pages and the service worker say to each other (postMessage). */

/** A form submission that waits on the device. */
export type QueuedSubmission = {
	/** Absolute URL the form posts to (with its `?/action`). */
	url: string;
	/** The form, URL-encoded. */
	body: string;
	/** The page's path without language prefix: the page to update once it is sent. */
	path: string;
	/** Where the typing for it is kept (device-store), to clear once the server has it. */
	draftPath: string;
	/** Once sent, the page that sent it goes where the server led (a question already moved on). */
	follow: boolean;
};

export type ToWorker =
	| { type: 'enqueue'; submission: QueuedSubmission }
	| { type: 'send-now' }
	| { type: 'queue-size' }
	| { type: 'forget' }
	| { type: 'warm-audio'; locale: string; format: 'opus' | 'mp3' }
	| { type: 'update-now' };

export type FromWorker =
	| { type: 'queue'; size: number }
	| { type: 'sent'; path: string; location: string; follow: boolean; size: number }
	| { type: 'refused'; path: string; size: number };
