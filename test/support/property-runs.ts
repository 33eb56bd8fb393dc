/**
 * How many cases each fast-check property tries. `npm test` keeps the counts written in each test,
 * small enough to stay fast; RENTAN_PROPERTY_RUNS=10000 (the bench run sets it) asks every property
 * for that many cases instead, to dig deeper without slowing everyday runs.
 */
const VARIABLE = 'RENTAN_PROPERTY_RUNS';

function override(): number | undefined {
  const raw = process.env[VARIABLE];
  if (raw === undefined || raw.trim() === '') return undefined;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`${VARIABLE} must be a whole number of cases, 1 or more, got "${raw}".`);
  }
  return runs;
}

/** The number of cases for one property: `normal` unless RENTAN_PROPERTY_RUNS says otherwise. */
export function propertyRuns(normal = 100): number {
  return override() ?? normal;
}

/**
 * A test timeout for properties: `normal` for everyday runs; with RENTAN_PROPERTY_RUNS set, room
 * for that many cases (scaled from a 100-case run, and never under `normal`).
 */
export function propertyTimeout(normal = 30_000): number {
  const runs = override();
  return runs === undefined ? normal : Math.max(normal, Math.ceil((normal * runs) / 100));
}
