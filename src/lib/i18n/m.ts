/**
 * The messages components use. On the server they are paraglide's compiled functions. In the
 * browser they read the current language's texts from the page (`#turno-messages`, put there
 * by the server), so the script carries no text at all: with paraglide alone, every message a
 * page uses would ship in all twelve languages, which broke the 50 KB first-load budget.
 * The language changes only with a full page load, so one dictionary per page is enough.
 */
import { m as compiled } from '$lib/paraglide/messages';
import { fillPlaceholders } from './fill-placeholders';

type Messages = typeof compiled;
type Inputs = Record<string, unknown>;

let dictionary: Record<string, string> | undefined;

function pageDictionary(): Record<string, string> {
	dictionary ??= JSON.parse(document.getElementById('turno-messages')?.textContent ?? '{}');
	return dictionary!;
}

const fromPage = new Proxy(
	{},
	{
		get: (_target, key: string) => (inputs?: Inputs) =>
			fillPlaceholders(pageDictionary()[key] ?? key, inputs)
	}
) as Messages;

// `import.meta.env.SSR` is a build-time constant: the browser build drops `compiled`.
export const m: Messages = import.meta.env.SSR ? compiled : fromPage;
