/**
 * A page kept on the device (the status, the ticket) is shown offline with a notice at the
 * top: when it was last brought up to date. The notice is written into the kept page by the
 * service worker, in the page's own language (from the messages the page carries), outside
 * the part of the page the scripts manage, so it is there with or without them.
 */
import { fillPlaceholders } from '$lib/i18n/fill-placeholders';

const escapeHtml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function pageLanguage(html: string): string {
	return /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
}

function pageMessage(html: string, key: string): string | null {
	const block = /<script type="application\/json" id="turno-messages">([^<]*)<\/script>/.exec(html);
	try {
		const messages = JSON.parse(block?.[1] ?? '{}') as Record<string, unknown>;
		return typeof messages[key] === 'string' ? messages[key] : null;
	} catch {
		return null;
	}
}

export function withSavedCopyNotice(html: string, savedAt: number, timeZone?: string): string {
	const locale = pageLanguage(html);
	const template = pageMessage(html, 'saved_copy_notice');
	if (!template) return html;
	const when = new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(savedAt);
	const text = escapeHtml(fillPlaceholders(template, { time: when }));
	const notice = `<p class="saved-copy" role="status" data-saved-at="${savedAt}">${text}</p>`;
	return html.replace(/<body[^>]*>/, (body) => `${body}${notice}`);
}
