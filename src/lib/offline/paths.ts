/**
 * Which pages do what offline. Pure, shared by the service worker and the pages.
 * Paths here are without the language prefix (`/es/status` is `/status`).
 */
import { languages } from '$lib/languages';

const locales = Object.keys(languages);

/** The language of a URL path: its first segment, or English (which has no prefix). */
export function localeOfPath(pathname: string): string {
	const first = pathname.split('/')[1] ?? '';
	return first !== 'en' && locales.includes(first) ? first : 'en';
}

export function withoutLocale(pathname: string): string {
	const locale = localeOfPath(pathname);
	if (locale === 'en') return pathname;
	const rest = pathname.slice(locale.length + 1);
	return rest === '' ? '/' : rest;
}

export function inLocale(path: string, locale: string): string {
	return locale === 'en' ? path : `/${locale}${path === '/' ? '' : path}`;
}

const registrationPages =
	/^\/register\/(group-size|phone|address|check|person\/\d{1,2}\/(name|date-of-birth|nationality))$/;

/** Registration pages the device can draw from its own copy of the answers. */
export function isRegistrationPage(path: string): boolean {
	return registrationPages.test(path);
}

/**
 * Forms whose submission waits on the device when the connection is gone, to be sent once
 * it is back. Not signing in or out: those need an answer from the server there and then.
 */
export function isQueueable(path: string): boolean {
	return (
		isRegistrationPage(path) ||
		/^\/request\/(ports|date|check)$/.test(path) ||
		path === '/status' ||
		path === '/status/cancel'
	);
}

/** The offline page, and the page that draws registration questions offline. */
export const offlinePagePath = '/offline';
export const offlineRegistrationPath = '/register/offline';
