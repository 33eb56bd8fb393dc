export { syntheticRoster, syntheticRosterValues, ROSTER_HEADERS } from './roster';
export type { SyntheticRosterOptions } from './roster';
export { SYNTHETIC_DEFECTS, DEFAULT_DEFECT_SHARES } from './defects';
export type { SyntheticDefect } from './defects';
export { createRandom } from './random';
export type { Random } from './random';
