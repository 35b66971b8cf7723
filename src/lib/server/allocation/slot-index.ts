/**
 * The open slots of one port, in time order, with a max-tree over their free seats, so that
 * "the first slot on or after position p with at least k free seats" costs O(log n) even when
 * a million requests ask after the port is full.
 */
export class SlotIndex {
	private readonly size: number;
	private readonly tree: Int32Array;

	constructor(seats: readonly number[]) {
		let size = 1;
		while (size < Math.max(1, seats.length)) size *= 2;
		this.size = size;
		this.tree = new Int32Array(2 * size);
		seats.forEach((s, i) => (this.tree[size + i] = s));
		for (let i = size - 1; i >= 1; i--)
			this.tree[i] = Math.max(this.tree[2 * i]!, this.tree[2 * i + 1]!);
	}

	free(position: number): number {
		return this.tree[this.size + position]!;
	}

	take(position: number, seats: number): void {
		let i = this.size + position;
		this.tree[i]! -= seats;
		for (i >>= 1; i >= 1; i >>= 1)
			this.tree[i] = Math.max(this.tree[2 * i]!, this.tree[2 * i + 1]!);
	}

	/** The first position ≥ from whose free seats are ≥ needed, or -1. */
	firstFitting(from: number, needed: number): number {
		return this.search(1, 0, this.size, from, needed);
	}

	private search(node: number, lo: number, hi: number, from: number, needed: number): number {
		if (hi <= from || this.tree[node]! < needed) return -1;
		if (hi - lo === 1) return lo;
		const mid = (lo + hi) >> 1;
		const left = this.search(2 * node, lo, mid, from, needed);
		return left !== -1 ? left : this.search(2 * node + 1, mid, hi, from, needed);
	}
}
