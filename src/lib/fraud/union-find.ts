/** Disjoint sets over small integers (path halving, union by size): clusters of matches. */
export class UnionFind {
	private parent = new Map<number, number>();
	private size = new Map<number, number>();

	find(x: number): number {
		if (!this.parent.has(x)) {
			this.parent.set(x, x);
			this.size.set(x, 1);
			return x;
		}
		let root = x;
		while (this.parent.get(root) !== root) {
			const up = this.parent.get(this.parent.get(root)!)!;
			this.parent.set(root, up);
			root = up;
		}
		return root;
	}

	union(a: number, b: number): void {
		let ra = this.find(a);
		let rb = this.find(b);
		if (ra === rb) return;
		if (this.size.get(ra)! < this.size.get(rb)!) [ra, rb] = [rb, ra];
		this.parent.set(rb, ra);
		this.size.set(ra, this.size.get(ra)! + this.size.get(rb)!);
	}

	/** Every set with more than one member. */
	groups(): number[][] {
		const out = new Map<number, number[]>();
		for (const x of this.parent.keys()) {
			const root = this.find(x);
			const list = out.get(root);
			if (list) list.push(x);
			else out.set(root, [x]);
		}
		return [...out.values()].filter((g) => g.length > 1);
	}
}
