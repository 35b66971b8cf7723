/**
 * Demo and first-start data: the eight Southwest Border ports and a default weekly capacity.
 * Safe to run at every start: it only fills what is missing.
 */
import type { Db } from './index';
import { capacityTemplate, port } from './schema';

export const seedPorts = [
	{ id: 'san-ysidro', name: 'San Ysidro', timezone: 'America/Los_Angeles' },
	{ id: 'calexico', name: 'Calexico', timezone: 'America/Los_Angeles' },
	{ id: 'nogales', name: 'Nogales', timezone: 'America/Phoenix' },
	{ id: 'el-paso', name: 'El Paso', timezone: 'America/Denver' },
	{ id: 'eagle-pass', name: 'Eagle Pass', timezone: 'America/Chicago' },
	{ id: 'laredo', name: 'Laredo', timezone: 'America/Chicago' },
	{ id: 'hidalgo', name: 'Hidalgo', timezone: 'America/Chicago' },
	{ id: 'brownsville', name: 'Brownsville', timezone: 'America/Chicago' }
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
