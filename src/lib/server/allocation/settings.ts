/**
 * The allocation's settings: what an administrator chose (the `allocation_setting` row),
 * else the installation's defaults from the environment (config.ts). Read at each use, so a
 * change applies to the next run without a restart, in every server process.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { allocationSetting } from '../db/schema';
import { appendAudit, type Actor } from '../audit/audit-log';
import { config } from '../config';
import { pseudonymKey } from '../keys';
import type { RunSettings } from './run';
import type { Schedule } from './scheduler';

export type AllocationSettings = {
	/** HH:MM in `timeZone`: the day's request window closes and the run starts. */
	cutoff: string;
	/** Whole percent of seats given by seniority before the lottery. */
	seniorityPercent: number;
	confirmHours: number;
	horizonDays: number;
};

export const defaultSettings = (): AllocationSettings => ({
	cutoff: config.allocationCutoff,
	seniorityPercent: Math.round(config.seniorityShare * 100),
	confirmHours: config.confirmHours,
	horizonDays: config.horizonDays
});

export function allocationSettings(db: Db): AllocationSettings {
	const row = db.select().from(allocationSetting).where(eq(allocationSetting.one, 1)).get();
	if (!row) return defaultSettings();
	return {
		cutoff: row.cutoff,
		seniorityPercent: row.seniorityPercent,
		confirmHours: row.confirmHours,
		horizonDays: row.horizonDays
	};
}

/** Saves an administrator's choice (already validated) with its audit entry. */
export function saveAllocationSettings(
	db: Db,
	settings: AllocationSettings,
	actor: Actor & { kind: 'staff' },
	now: number
): void {
	db.$client
		.transaction(() => {
			const before = allocationSettings(db);
			db.insert(allocationSetting)
				.values({ one: 1, ...settings, updatedAt: now, updatedBy: actor.id })
				.onConflictDoUpdate({
					target: allocationSetting.one,
					set: { ...settings, updatedAt: now, updatedBy: actor.id }
				})
				.run();
			appendAudit(
				db,
				{
					actor,
					action: 'allocation.settings_changed',
					subject: 'allocation',
					details: { before, after: settings }
				},
				now
			);
		})
		.immediate();
}

export function runSettings(db: Db): RunSettings {
	const chosen = allocationSettings(db);
	return {
		seniorityShare: chosen.seniorityPercent / 100,
		horizonDays: chosen.horizonDays,
		confirmHours: chosen.confirmHours,
		equityMaxRatio: config.equityMaxRatio,
		// Read from its file once per process, not at every scheduler tick.
		pseudonymKey: pseudonymKey()
	};
}

export function scheduleOf(db: Db): Schedule {
	return { cutoff: allocationSettings(db).cutoff, timeZone: config.allocationTimeZone };
}
