/**
 * Names the server, the service worker and the pages agree on for working offline.
 */

/**
 * The device mark. A shared device (a shelter's kiosk) carries `turno_device=kiosk`: the
 * server then never lets a page with personal data be stored on it, and the service worker
 * only stores what the server allows. Not a secret: it can only make a device keep less.
 * Kiosk enrolment sets it; until then an administrator can set the cookie by hand.
 */
export const deviceCookie = 'turno_device';
export const kioskMark = 'kiosk';

/** Response header: this page may be kept on this device, to be shown offline. */
export const offlineCopyHeader = 'turno-offline-copy';

/** Request header on a submission sent again from the queue: it takes effect once only. */
export const idempotencyHeader = 'idempotency-key';

/** A key is random (a UUID); anything else is refused rather than half-trusted. */
export const idempotencyKeyPattern = /^[A-Za-z0-9-]{16,64}$/;

/** Pages that may be kept for offline reading, without the language prefix. */
export const offlineCopyPaths = ['/status', '/ticket'] as const;
