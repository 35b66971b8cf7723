/** The message files (messages/<locale>.json), read once at build time, for server pages. */
const files = import.meta.glob<Record<string, string>>('/messages/*.json', {
	eager: true,
	import: 'default'
});

/** Every message of one language, as written in its file (without `$schema`). */
export function messagesOf(locale: string): Record<string, string> {
	const { $schema: _schema, ...messages } = files[`/messages/${locale}.json`] ?? {};
	return messages;
}
