import { m } from '$lib/paraglide/messages';
import { newCredentials } from '$lib/server/registration/new-credentials';
import type { RequestHandler } from './$types';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The booking code and PIN as a picture to keep on the phone. Nothing personal is in the URL. */
export const GET: RequestHandler = (event) => {
	const { code, pin } = newCredentials(event);
	const dir = event.locals.locale === 'ar' ? 'rtl' : 'ltr';
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="360" viewBox="0 0 600 360" direction="${dir}">
<rect width="600" height="360" fill="#ffffff" stroke="#0b0c0c" stroke-width="4"/>
<text x="300" y="50" font-family="sans-serif" font-size="28" font-weight="700" text-anchor="middle" fill="#0b0c0c">${escape(m.site_name())}</text>
<text x="300" y="105" font-family="sans-serif" font-size="24" text-anchor="middle" fill="#0b0c0c">${escape(m.done_code_label())}</text>
<text x="300" y="160" font-family="monospace" font-size="52" font-weight="700" text-anchor="middle" fill="#0b0c0c">${escape(code)}</text>
<text x="300" y="220" font-family="sans-serif" font-size="24" text-anchor="middle" fill="#0b0c0c">${escape(m.done_pin_label())}</text>
<text x="300" y="275" font-family="monospace" font-size="52" font-weight="700" text-anchor="middle" fill="#0b0c0c" letter-spacing="8">${escape(pin)}</text>
<text x="300" y="330" font-family="sans-serif" font-size="18" text-anchor="middle" fill="#0b0c0c">${escape(m.done_pin_secret())}</text>
</svg>`;
	return new Response(svg, {
		headers: {
			'Content-Type': 'image/svg+xml; charset=utf-8',
			'Content-Disposition': `attachment; filename="turno-${code}.svg"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
