/**
 * Demo and first-start data (addresses are for demonstration; admins keep them current): the eight Southwest Border ports and a default weekly capacity.
 * Safe to run at every start: it only fills what is missing.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from './index';
import { capacityTemplate, port } from './schema';

export const seedPorts = [
	{
		id: 'san-ysidro',
		address: 'San Ysidro Port of Entry, 720 E San Ysidro Blvd, San Diego, CA 92173',
		name: 'San Ysidro',
		timezone: 'America/Los_Angeles'
	},
	{
		id: 'calexico',
		address: 'Calexico West Port of Entry, Calexico, CA 92231',
		name: 'Calexico',
		timezone: 'America/Los_Angeles'
	},
	{
		id: 'nogales',
		address: 'Nogales DeConcini Port of Entry, Nogales, AZ 85621',
		name: 'Nogales',
		timezone: 'America/Phoenix'
	},
	{
		id: 'el-paso',
		address: 'Paso del Norte Bridge, El Paso, TX 79901',
		name: 'El Paso',
		timezone: 'America/Denver'
	},
	{
		id: 'eagle-pass',
		address: 'Eagle Pass Bridge I, Eagle Pass, TX 78852',
		name: 'Eagle Pass',
		timezone: 'America/Chicago'
	},
	{
		id: 'laredo',
		address: 'Gateway to the Americas Bridge, Laredo, TX 78040',
		name: 'Laredo',
		timezone: 'America/Chicago'
	},
	{
		id: 'hidalgo',
		address: 'Hidalgo Port of Entry, Hidalgo, TX 78557',
		name: 'Hidalgo',
		timezone: 'America/Chicago'
	},
	{
		id: 'brownsville',
		address: 'Gateway International Bridge, Brownsville, TX 78520',
		name: 'Brownsville',
		timezone: 'America/Chicago'
	}
] as const;

/** Monday to Friday, hourly from 08:00 to 15:00, ten seats a slot. */
const defaultWeekdays = [1, 2, 3, 4, 5];
const defaultSlots = ['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00'];
const defaultSeatsPerSlot = 10;

export function seedDatabase(db: Db): void {
	db.transaction((tx) => {
		seedPorts.forEach((p, i) => {
			tx.insert(port)
				.values({ ...p, sortOrder: i + 1 })
				.onConflictDoNothing()
				.run();
			// Databases made before ports had addresses get the demo address once.
			tx.update(port)
				.set({ address: p.address })
				.where(and(eq(port.id, p.id), eq(port.address, '')))
				.run();
		});
		const hasCapacity = tx
			.select({ portId: capacityTemplate.portId })
			.from(capacityTemplate)
			.limit(1)
			.get();
		if (hasCapacity) return;
		for (const p of seedPorts) {
			for (const weekday of defaultWeekdays) {
				for (const slotTime of defaultSlots) {
					tx.insert(capacityTemplate)
						.values({ portId: p.id, weekday, slotTime, seats: defaultSeatsPerSlot })
						.run();
				}
			}
		}
	});
}
