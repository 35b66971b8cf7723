// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			locale: string;
			/** The signed-in applicant's account, or null. */
			accountId: number | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
