import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { prompts, promptText, type PromptId } from '$lib/audio/prompts';
import { languages } from '$lib/languages';
import { appDb } from '$lib/server/app';
import { audioFor, audioSource } from '$lib/server/audio';
import {
	currentRecording,
	isKnownLocale,
	isKnownPrompt,
	removeRecording,
	saveRecording,
	type RecordingProblem
} from '$lib/server/audio/recordings';
import { messagesOf } from '$lib/server/i18n/message-files';
import { readForm } from '$lib/server/read-form';
import { requireStaff } from '$lib/server/staff/require-staff';
import { admins } from '$lib/server/staff/route-access';
import type { Actions, PageServerLoad } from './$types';

const problemText: Record<RecordingProblem, () => string> = {
	locale_unknown: m.audio_admin_locale_unknown,
	prompt_unknown: m.audio_admin_prompt_unknown,
	file_missing: m.audio_admin_file_missing,
	file_too_large: m.audio_admin_file_too_large,
	file_not_audio: m.audio_admin_file_not_audio
};

/** The field a problem is shown beside (a prompt's file field, or the language choice). */
function fieldOf(problem: RecordingProblem, prompt: string): string {
	if (problem === 'locale_unknown') return 'locale';
	if (problem === 'prompt_unknown') return 'prompts';
	return `file-${prompt}`;
}

/** A refused form: 400, the message beside its field, nothing written. */
function refuse(problem: RecordingProblem, prompt: string) {
	return fail(400, { errors: { [fieldOf(problem, prompt)]: problemText[problem]() } });
}

/** The language and prompt a form is about. */
function target(form: FormData) {
	return { locale: String(form.get('locale') ?? ''), prompt: String(form.get('prompt') ?? '') };
}

export const load: PageServerLoad = (event) => {
	requireStaff(event, admins);
	const db = appDb();
	const asked = event.url.searchParams.get('locale') ?? '';
	const locale = isKnownLocale(asked) ? asked : event.locals.locale;
	const messages = messagesOf(locale);
	return {
		locale,
		dir: languages[locale]?.dir ?? 'ltr',
		languages: Object.entries(languages).map(([code, language]) => ({
			value: code,
			label: `${language.name} (${code})`
		})),
		prompts: (Object.keys(prompts) as PromptId[]).map((prompt) => ({
			prompt,
			text: promptText(prompt, messages),
			source: audioSource(db, prompt, locale),
			uploaded: currentRecording(db, locale, prompt) !== undefined,
			audio: audioFor(db, prompt, locale)
		}))
	};
};

export const actions: Actions = {
	upload: async (event) => {
		const admin = requireStaff(event, admins);
		const form = await readForm(event);
		const { locale, prompt } = target(form);
		const file = form.get('file');
		const content = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : null;
		const saved = saveRecording(
			appDb(),
			{ locale, prompt, content },
			{ kind: 'staff', id: admin.id },
			Date.now()
		);
		if (!saved.ok) return refuse(saved.problem, prompt);
		return { saved: saved.recording.prompt };
	},
	remove: async (event) => {
		const admin = requireStaff(event, admins);
		const { locale, prompt } = target(await readForm(event));
		if (!isKnownLocale(locale)) return refuse('locale_unknown', prompt);
		if (!isKnownPrompt(prompt)) return refuse('prompt_unknown', prompt);
		removeRecording(appDb(), { locale, prompt }, { kind: 'staff', id: admin.id }, Date.now());
		return { removed: prompt };
	}
};
