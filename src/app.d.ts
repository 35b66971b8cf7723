// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			locale: string;
			/** The signed-in applicant's account, or null. */
			accountId: number | null;
			/** The device carries the kiosk mark: shared, so nothing personal is kept on it. */
			kiosk: boolean;
			/** The signed-in member of staff, or null. */
			staff: {
				id: number;
				name: string;
				role: import('$lib/server/db/schema').StaffRole;
				organisationId: number;
				mustChangePassword: boolean;
				/** When the session ends if nothing more is done (for the warning). */
				idleEndsAt: number;
			} | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
