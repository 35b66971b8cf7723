/**
 * A small seeded generator (sfc32) and the draws the synthetic population needs. The same seed
 * gives the same sequence on every machine, so a data set is reproduced from its seed.
 */
export type Random = {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [0, n). */
	int(n: number): number;
	/** An integer in [min, max], both included. */
	between(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** An index drawn with the given (unnormalised) weights. */
	weighted(weights: readonly number[]): number;
	/** One of the items, drawn with the given weights. */
	pickWeighted<T>(items: readonly T[], weights: readonly number[]): T;
	/** `digits` lower-case hexadecimal digits. */
	hex(digits: number): string;
	shuffle<T>(items: T[]): T[];
};

export function createRandom(seed: number): Random {
	let a = 0x9e3779b9;
	let b = 0x243f6a88;
	let c = 0xb7e15162;
	let d = seed >>> 0;
	const next = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	for (let i = 0; i < 16; i++) next();
	const int = (n: number) => Math.floor(next() * n);
	return {
		next,
		int,
		between: (min, max) => min + int(max - min + 1),
		chance: (p) => next() < p,
		pick: (items) => items[int(items.length)]!,
		weighted(weights) {
			let total = 0;
			for (const w of weights) total += w;
			let r = next() * total;
			for (let i = 0; i < weights.length; i++) {
				r -= weights[i]!;
				if (r < 0) return i;
			}
			return weights.length - 1;
		},
		pickWeighted(items, weights) {
			return items[this.weighted(weights)]!;
		},
		hex(digits) {
			let out = '';
			while (out.length < digits) out += int(0x10000).toString(16).padStart(4, '0');
			return out.slice(0, digits);
		},
		shuffle(items) {
			for (let i = items.length - 1; i > 0; i--) {
				const j = int(i + 1);
				[items[i], items[j]] = [items[j]!, items[i]!];
			}
			return items;
		}
	};
}
