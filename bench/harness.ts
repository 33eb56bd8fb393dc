/**
 * The benchmark harness. Machines here are shared and noisy, so every figure is a ratio to a
 * baseline measured in the same run, turn by turn, never an absolute time to compare across runs.
 *
 * Adding a bench: write bench/NAME.bench.ts exporting
 *
 *     export async function run(context: BenchContext): Promise<BenchOutput>
 *
 * `npm run bench` finds it by its name, runs it, and puts its rows in BENCHMARKS.md; the bench test
 * (test/bench/quick.test.ts) runs it with `context.quick` and checks it gives sane rows, so a
 * broken bench fails `npm test`. In quick mode, use small inputs and few turns: all benches
 * together must stay under two minutes.
 *
 * A row compares one measured thing with its baseline. The usual way to make one:
 *
 *     const t = await inTurns({ work: () => work(input), floor: () => floor(input) }, turns);
 *     rows.push(compare({ name: 'x.y', what: 'Work over 1,000 …', baseline: 'Reading every …',
 *                         measured: t.work, floor: t.floor }));
 *
 * inTurns times each function once per turn, in turn, so a burst of load from the rest of the
 * machine falls on both; compare() takes the ratio of each turn's pair and reports the min, median
 * and max of those ratios, with the raw medians in milliseconds beside them. A bench that measures
 * something else (bytes, a child process) can fill a BenchRow itself; `facts` carry figures that
 * are not ratios (counts, sizes, one-off timings).
 */

export interface BenchContext {
  /** A small version: small inputs, few turns (`npm run bench -- --quick`, and the bench test). */
  readonly quick: boolean;
  /** Progress for long benches, printed to stderr (not part of the report). */
  progress(message: string): void;
}

/** Smallest, median and largest of a list of figures. */
export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface BenchRow {
  /** A short, stable identifier, e.g. `allocate.priority.20000`. Unique within the report. */
  readonly name: string;
  /** What was measured, in plain words. */
  readonly what: string;
  /** What it is compared with, measured in the same run. */
  readonly baseline: string;
  /** measured ÷ baseline, one per turn: min, median and max. */
  readonly ratio: Spread;
  /** The raw figures behind the ratio (median over turns) and their unit (default ms). */
  readonly raw: { readonly measured: number; readonly baseline: number; readonly unit?: string };
  /** How many turns the ratio is taken over. */
  readonly turns: number;
  /** The ratio we aim to stay under, if there is one. Reported, never failed. */
  readonly target?: number;
}

export interface BenchFact {
  readonly name: string;
  readonly value: string;
}

export interface BenchOutput {
  readonly rows: BenchRow[];
  readonly facts?: BenchFact[];
}

export type BenchModule = { run(context: BenchContext): Promise<BenchOutput> };

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spread of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: median(sorted), max: sorted[sorted.length - 1]! };
}

/** The median; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface TurnOptions {
  /** Untimed calls of every function before the first turn, so none pays for compiling code. */
  readonly warmup?: number;
  /**
   * Calls per timing, for work too short for the timer; the time reported is per call. One number
   * for all, or one per function (a floor may need far more calls than the code it is a floor for).
   */
  readonly repeats?: number | Readonly<Record<string, number>>;
}

/**
 * Times each function once per turn, in turn, for `turns` turns. Returns each one's times in ms,
 * turn by turn (index i of every list is the same turn). Functions may be async.
 */
export async function inTurns<K extends string>(
  fns: Record<K, () => unknown>,
  turns: number,
  options: TurnOptions = {},
): Promise<Record<K, number[]>> {
  const { warmup = 1, repeats = 1 } = options;
  const names = Object.keys(fns) as K[];
  for (let i = 0; i < warmup; i++) for (const name of names) await fns[name]();
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let turn = 0; turn < turns; turn++) {
    for (const name of names) {
      const start = performance.now();
      const n = typeof repeats === 'number' ? repeats : (repeats[name] ?? 1);
      for (let r = 0; r < n; r++) await fns[name]();
      times[name].push((performance.now() - start) / n);
    }
  }
  return times;
}

/** A row from two lists of times taken in the same turns (see inTurns). */
export function compare(row: {
  name: string;
  what: string;
  baseline: string;
  measured: readonly number[];
  floor: readonly number[];
  unit?: string;
  target?: number;
}): BenchRow {
  const { measured, floor } = row;
  if (measured.length === 0 || measured.length !== floor.length) {
    throw new Error(`${row.name}: ${measured.length} measured turns against ${floor.length} baseline turns`);
  }
  // A baseline below the timer's resolution would give an infinite ratio: floor it at 1 µs.
  const ratios = measured.map((m, i) => m / Math.max(floor[i]!, 1e-3));
  return {
    name: row.name,
    what: row.what,
    baseline: row.baseline,
    ratio: spread(ratios),
    raw: { measured: median(measured), baseline: median(floor), ...(row.unit ? { unit: row.unit } : {}) },
    turns: measured.length,
    ...(row.target === undefined ? {} : { target: row.target }),
  };
}

/** Keeps a computed value observable so the engine cannot drop the work that made it. */
export let sink: unknown;
export function keep(value: unknown): void {
  sink = value;
}
