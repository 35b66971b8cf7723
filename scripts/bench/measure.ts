/**
 * One autocannon run, counted from the end of its warm-up: the connections stay open from
 * the warm-up into the measurement, so the measurement holds no connection set-up (64 new
 * connections at once hold up their first answers for a second or more on two busy cores,
 * which alone would be 1% of a short run: its p99). Latencies are kept whole, since
 * autocannon's summary has no p95.
 */
import autocannon from 'autocannon';
import { onInterruption } from './processes';

export type StepLatency = { count: number; p50: number; p99: number };

export type LoadResult = {
	requests: number;
	seconds: number;
	rps: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	/** Answers by HTTP status. */
	statuses: Map<number, number>;
	timeouts: number;
	/** Connection errors other than timeouts (refused, reset). */
	socketErrors: number;
	/** 4xx and 5xx answers, timeouts and socket errors. */
	errors: number;
	/** CPU seconds the load generator (this process) used. */
	generatorCpu: number;
	/** Latencies by step, when the caller names the step of each answer. */
	byStep: Map<string, StepLatency>;
};

/** A request unanswered this long counts as a timeout. */
export const timeoutSeconds = 10;

function percentile(sorted: ArrayLike<number>, q: number): number {
	const n = sorted.length;
	return n ? sorted[Math.min(n - 1, Math.floor(q * n))]! : 0;
}

export function runLoad(options: {
	url: string;
	connections: number;
	/** How long to measure, after the warm-up. */
	seconds: number;
	/** Sent but not counted, on the same connections. */
	warmUpSeconds?: number;
	/** A number of requests instead of a duration (nothing is then left out). */
	amount?: number;
	requests?: autocannon.Request[];
	/** The step of the answer just received (see visits.ts). */
	answering?: () => string | null;
	/** Called when the measurement starts. */
	onMeasuring?: () => void;
}): Promise<LoadResult> {
	const warmUp = options.amount ? 0 : (options.warmUpSeconds ?? 0);
	let latencies = new Float64Array(1 << 16);
	let count = 0;
	let timeouts = 0;
	let socketErrors = 0;
	const statuses = new Map<number, number>();
	const stepLatencies = new Map<string, number[]>();
	let measuring = false;
	let started = performance.now();
	let cpuBefore = process.cpuUsage();
	const measure = () => {
		measuring = true;
		started = performance.now();
		cpuBefore = process.cpuUsage();
		options.onMeasuring?.();
	};
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{
				url: options.url,
				connections: options.connections,
				duration: warmUp + options.seconds,
				amount: options.amount,
				timeout: timeoutSeconds,
				requests: options.requests
			},
			(error) => {
				clearTimeout(warmUpTimer);
				forget();
				if (error) return reject(error);
				const seconds = (performance.now() - started) / 1000;
				const cpu = process.cpuUsage(cpuBefore);
				const sorted = latencies.subarray(0, count).sort();
				const byStep = new Map<string, StepLatency>();
				for (const [step, values] of stepLatencies) {
					const s = Float64Array.from(values).sort();
					byStep.set(step, { count: s.length, p50: percentile(s, 0.5), p99: percentile(s, 0.99) });
				}
				let failedAnswers = 0;
				for (const [code, n] of statuses) if (code >= 400) failedAnswers += n;
				resolve({
					requests: count,
					seconds,
					rps: count / seconds,
					p50: percentile(sorted, 0.5),
					p95: percentile(sorted, 0.95),
					p99: percentile(sorted, 0.99),
					max: count ? sorted[count - 1]! : 0,
					statuses,
					timeouts,
					socketErrors,
					errors: failedAnswers + timeouts + socketErrors,
					generatorCpu: (cpu.user + cpu.system) / 1e6,
					byStep
				});
			}
		);
		const warmUpTimer = setTimeout(measure, warmUp * 1000);
		const forget = onInterruption(() => instance.stop());
		instance.on('response', (_client, status, _bytes, ms) => {
			// Only requests sent during the measurement (not the warm-up's last ones) count.
			if (!measuring || performance.now() - ms < started) return;
			statuses.set(status, (statuses.get(status) ?? 0) + 1);
			if (count === latencies.length) {
				const bigger = new Float64Array(latencies.length * 2);
				bigger.set(latencies);
				latencies = bigger;
			}
			latencies[count++] = ms;
			const step = options.answering?.();
			if (step) {
				const values = stepLatencies.get(step);
				if (values) values.push(ms);
				else stepLatencies.set(step, [ms]);
			}
		});
		instance.on('reqError', (error) => {
			if (!measuring) return;
			if (error.message === 'request timed out') timeouts++;
			else socketErrors++;
		});
	});
}
