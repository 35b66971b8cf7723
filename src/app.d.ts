// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			locale: string;
			/** The signed-in applicant's account, or null. */
			accountId: number | null;
			/** A caseworker acting for that applicant (a session they opened for them), or null. */
			actingStaffId: number | null;
			/** The device carries the kiosk mark: shared, so nothing personal is kept on it. */
			kiosk: boolean;
			/** An enrolled kiosk (its device token), or null. */
			kioskDevice: import('$lib/server/kiosk/kiosks').KioskDevice | null;
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
			/**
			 * Set by a load that draws its page with the problems of its query (an export's days):
			 * the page then answers 400, as a refused form post does (hooks.server.ts).
			 */
			invalidQuery?: boolean;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
