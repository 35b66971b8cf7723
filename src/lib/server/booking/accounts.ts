/** Reading an applicant account. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { account } from '../db/schema';

export function bookingCodeOf(db: Db, accountId: number): string | undefined {
	return db
		.select({ code: account.bookingCode })
		.from(account)
		.where(eq(account.id, accountId))
		.get()?.code;
}
