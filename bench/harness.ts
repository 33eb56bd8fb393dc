/**
 * A small benchmark harness. Machines here are shared and noisy, so every figure is reported as a
 * ratio to a floor measured in the same run, never as an absolute time to compare across runs.
 */

export interface Measurement {
  /** Median wall time of one run, in milliseconds. */
  readonly medianMs: number;
  readonly runs: number;
}

export interface BenchResult {
  /** What was measured, in plain words. */
  readonly name: string;
  readonly measured: Measurement;
  /** The floor it is compared with, measured in the same run. */
  readonly floorName: string;
  readonly floor: Measurement;
  /** The ratio we aim to stay under. */
  readonly target?: number;
}

export interface BenchReport {
  readonly results: BenchResult[];
  /** Facts that are not ratios (sizes, counts), printed as they are. */
  readonly facts?: { name: string; value: string }[];
}

/** Runs `fn` once to warm up, then `runs` times, and returns the median wall time. */
export async function measure(fn: () => unknown, runs = 5): Promise<Measurement> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return medianOf(times);
}

/** The median of a list of wall times, as a Measurement. */
export function medianOf(times: readonly number[]): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runs: times.length };
}

/**
 * Times each function once per round, in turn, for `runs` rounds, and gives each one's median.
 * Taking turns means a burst of load from the other work on a shared machine falls on the floor
 * and on the measured code alike, instead of on whichever happened to be running.
 */
export function measureInTurns<K extends string>(
  fns: Record<K, () => void>,
  runs: number,
): Record<K, Measurement> {
  const names = Object.keys(fns) as K[];
  const times = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < runs; round++) {
    for (const name of names) {
      const start = performance.now();
      fns[name]();
      times.get(name)?.push(performance.now() - start);
    }
  }
  const result = {} as Record<K, Measurement>;
  for (const name of names) result[name] = medianOf(times.get(name) ?? []);
  return result;
}

export function ratio(result: BenchResult): number {
  return result.measured.medianMs / Math.max(result.floor.medianMs, 1e-6);
}

/** Keeps a computed value observable so the engine cannot drop the work that made it. */
export let sink: unknown;
export function keep(value: unknown): void {
  sink = value;
}
