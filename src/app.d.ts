// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			locale: string;
			/** The signed-in applicant's account, or null. */
			accountId: number | null;
			/** The device carries the kiosk mark: shared, so nothing personal is kept on it. */
			kiosk: boolean;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
