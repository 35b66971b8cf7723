/**
 * What a run publishes after it is done, and how anyone checks it: the revealed seed must
 * hash to the commitment published before the window closed, and re-running the algorithm on
 * the published inputs must give the published offers, row by row.
 */
import { allocate, algorithmVersion, type Offer, type PoolEntry, type Slot } from './allocate';
import { seedCommitment } from './prng';

export type PublishedRun = {
	algorithmVersion: string;
	runDate: string;
	seedCommitment: string;
	seed: string;
	cutoff: number;
	seniorityShare: number;
	slots: Slot[];
	requests: PoolEntry[];
	offers: Offer[];
};

export type VerifyResult = { match: true } | { match: false; difference: string };

export function verifyPublishedRun(run: PublishedRun): VerifyResult {
	if (run.algorithmVersion !== algorithmVersion) {
		return {
			match: false,
			difference: `algorithm ${run.algorithmVersion} is not ${algorithmVersion}`
		};
	}
	if (!/^[0-9a-f]{64}$/.test(String(run.seed)) || seedCommitment(run.seed) !== run.seedCommitment) {
		return { match: false, difference: 'the seed does not hash to the published commitment' };
	}
	let expected: Offer[];
	try {
		expected = allocate(run).offers;
	} catch (error) {
		return {
			match: false,
			difference: `the published inputs are not valid: ${(error as Error).message}`
		};
	}
	const rows = Math.max(expected.length, run.offers.length);
	for (let i = 0; i < rows; i++) {
		const want = expected[i];
		const got = run.offers[i];
		if (JSON.stringify(want) !== JSON.stringify(got && pickOffer(got))) {
			return {
				match: false,
				difference: `offer ${i + 1}: recomputed ${JSON.stringify(want ?? null)}, published ${JSON.stringify(got ?? null)}`
			};
		}
	}
	return { match: true };
}

/** The offer's fields in their defined order, so extra or reordered keys do not matter. */
function pickOffer(o: Offer): Offer {
	return {
		requestId: o.requestId,
		portId: o.portId,
		date: o.date,
		time: o.time,
		seats: o.seats,
		phase: o.phase
	};
}
