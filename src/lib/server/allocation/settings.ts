/** The allocation's settings for this installation: environment and key directory. */
import { config } from '../config';
import { loadOrCreateSecret } from '../keys';
import type { RunSettings } from './run';
import type { Schedule } from './scheduler';

export function runSettings(): RunSettings {
	return {
		seniorityShare: config.seniorityShare,
		horizonDays: config.horizonDays,
		confirmHours: config.confirmHours,
		equityMaxRatio: config.equityMaxRatio,
		pseudonymKey: loadOrCreateSecret(config.keyDir, 'pseudonym')
	};
}

export const schedule: Schedule = {
	cutoff: config.allocationCutoff,
	timeZone: config.allocationTimeZone
};
