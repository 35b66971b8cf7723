/**
 * Every message of one language, as the inert JSON block the browser's messages read
 * (src/lib/i18n/m.ts). `<` is escaped so no text can close the block.
 */
const files = import.meta.glob<Record<string, string>>('/messages/*.json', {
	eager: true,
	import: 'default'
});

const blocks = new Map<string, string>();

export function pageMessagesBlock(locale: string): string {
	let block = blocks.get(locale);
	if (!block) {
		const messages = { ...(files[`/messages/${locale}.json`] ?? {}) };
		delete messages.$schema;
		const json = JSON.stringify(messages).replace(/</g, '\\u003c');
		block = `<script type="application/json" id="turno-messages">${json}</script>`;
		blocks.set(locale, block);
	}
	return block;
}
