/**
 * Form submission that survives a lost connection (for `use:enhance`). When the server cannot
 * be reached:
 * - a registration question is checked on the device, kept, queued, and the next question
 *   opens (drawn from the answers kept on the device);
 * - other applicant forms (request, offer replies, cancel) are queued and the person is told
 *   they are saved on this phone; the page updates itself once they are sent;
 * - forms that need an answer there and then (signing in) say so and keep what was typed.
 * Once the server has an answer, the typing kept for it on the device is cleared.
 */
import type { SubmitFunction } from '@sveltejs/kit';
import { page } from '$app/state';
import { deLocalizeHref } from '$lib/paraglide/runtime';
import { askWorker } from './worker-client';
import { clearFieldDraft } from './device-store';
import { deviceStatus } from './device-status.svelte';
import type { QueuedSubmission } from './messages';

export type OfflineMode = 'question' | 'queue' | 'online-only';

/** A fetch that never reached the server: SvelteKit gives an error result without a status. */
const unreachable = (result: { type: string; status?: number }) =>
	result.type === 'error' && result.status === undefined;

export async function queueSubmission(submission: QueuedSubmission): Promise<boolean> {
	return (await askWorker({ type: 'enqueue', submission })) !== null;
}

async function whenOffline(
	mode: OfflineMode,
	submission: QueuedSubmission,
	form: FormData
): Promise<void> {
	if (mode === 'question') {
		const { answerOffline } = await import('./answer-offline');
		if (await answerOffline(submission, form)) return;
	}
	if (mode !== 'online-only' && (await queueSubmission(submission))) {
		deviceStatus.notice = 'saved';
		return;
	}
	deviceStatus.notice = 'needs-connection';
}

/** This page's path without the language prefix: what device drafts and the queue go by. */
export const pagePath = () => deLocalizeHref(page.url.pathname);

export function offlineAware(mode: OfflineMode, path = pagePath()): SubmitFunction {
	return ({ formData, action, cancel }) => {
		const body = new URLSearchParams(
			[...formData].filter((e): e is [string, string] => typeof e[1] === 'string')
		).toString();
		const submission: QueuedSubmission = {
			url: action.href,
			body,
			path,
			draftPath: path,
			follow: mode !== 'question'
		};
		if (navigator.onLine === false) {
			cancel();
			void whenOffline(mode, submission, formData);
			return;
		}
		deviceStatus.notice = null;
		return async ({ result, update }) => {
			if (unreachable(result as { type: string; status?: number })) {
				await whenOffline(mode, submission, formData);
				return;
			}
			if (result.type === 'redirect' || result.type === 'success') {
				await clearFieldDraft(path).catch(() => {});
			}
			await update();
		};
	};
}
