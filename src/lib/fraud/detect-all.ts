/** Every detector over one set of records: what a full pass (or a registration's check) finds. */
import { frequencyTables } from './frequencies';
import { findDuplicates } from './detect-duplicates';
import { findNetworkBursts } from './detect-network-burst';
import { findSharedAddresses } from './detect-shared-address';
import { findVelocity } from './detect-velocity';
import type { FrequencyTables } from './compare';
import type { Prepared } from './prepare';
import type { Finding } from './types';

export function detectAll(
	people: readonly Prepared[],
	allowlist: ReadonlySet<string>,
	now: number,
	frequencies: FrequencyTables = frequencyTables(people)
): Finding[] {
	return [
		...findSharedAddresses(people, allowlist, now),
		...findDuplicates(people, frequencies),
		...findVelocity(people),
		...findNetworkBursts(people)
	];
}
