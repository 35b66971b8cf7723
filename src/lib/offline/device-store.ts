/**
 * What is kept on this device, in IndexedDB (shared by the pages and the service worker):
 * - field drafts: what was typed into a form, by page, until the server has it;
 * - the registration answers, to go on answering questions while offline.
 * Cleared on sign-out; a kiosk clears it after each person.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RegistrationAnswers } from '$lib/registration/flow';

export type FieldDraft = { entries: [string, string][]; savedAt: number };
export type DeviceAnswers = { answers: RegistrationAnswers; savedAt: number };

interface DeviceSchema extends DBSchema {
	drafts: { key: string; value: FieldDraft };
	answers: { key: string; value: DeviceAnswers };
}

let opened: Promise<IDBPDatabase<DeviceSchema>> | undefined;

function database(): Promise<IDBPDatabase<DeviceSchema>> {
	opened ??= openDB<DeviceSchema>('turno-device', 1, {
		upgrade(db) {
			db.createObjectStore('drafts');
			db.createObjectStore('answers');
		}
	});
	return opened;
}

export async function saveFieldDraft(path: string, entries: [string, string][]): Promise<void> {
	await (await database()).put('drafts', { entries, savedAt: Date.now() }, path);
}

export async function readFieldDraft(path: string): Promise<FieldDraft | undefined> {
	return (await database()).get('drafts', path);
}

export async function clearFieldDraft(path: string): Promise<void> {
	await (await database()).delete('drafts', path);
}

const registration = 'registration';

export async function saveDeviceAnswers(answers: RegistrationAnswers): Promise<void> {
	await (await database()).put('answers', { answers, savedAt: Date.now() }, registration);
}

export async function readDeviceAnswers(): Promise<RegistrationAnswers | undefined> {
	return (await (await database()).get('answers', registration))?.answers;
}

/** Forgets everything this device kept (sign-out, the end of a kiosk visit). */
export async function clearDeviceData(): Promise<void> {
	const db = await database();
	await Promise.all([db.clear('drafts'), db.clear('answers')]);
}
