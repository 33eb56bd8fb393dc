/**
 * WAGEPREMIUM's ranges: `workers` and `wage` side by side (one line per cell pair, e.g. one row
 * per category: perangkat desa, BPD, RT/RW, non-ASN), and the programs as text or a range.
 */
import { WAGE_PROGRAMS, type WageProgram } from '../../shared/codes';
import { InputError } from '../../shared/errors';
import { asRange, isEmpty, optionalCode, wholeNumber } from './excel-values';

export interface WageLineInput {
  workers: number;
  wage: number;
}

/** Pairs the two ranges cell by cell; a pair left empty is skipped, half a pair is an error. */
export function wageLines(workers: unknown, wage: unknown): WageLineInput[] {
  const w = asRange('workers', workers);
  const p = asRange('wage', wage);
  const rows = w.length;
  const cols = w[0]!.length;
  if (p.length !== rows || p.some((row) => row.length !== cols) || w.some((row) => row.length !== cols)) {
    throw new InputError(
      'wage',
      `wage must be a range of the same shape as workers (${rows} × ${cols}), one wage per count.`,
    );
  }
  const lines: WageLineInput[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const count = w[r]![c];
      const amount = p[r]![c];
      if (isEmpty(count) && isEmpty(amount)) continue;
      const where = rows * cols === 1 ? '' : ` (row ${r + 1}, column ${c + 1})`;
      if (isEmpty(count)) throw new InputError('workers', `workers${where} is empty but its wage is given.`);
      if (isEmpty(amount)) throw new InputError('wage', `wage${where} is empty but its workers are given.`);
      lines.push({
        workers: wholeNumber(`workers${where}`, count),
        wage: wholeNumber(`wage${where}`, amount, 1),
      });
    }
  }
  if (lines.length === 0)
    throw new InputError('workers', 'workers and wage are both empty; give at least one line.');
  return lines;
}

/** "JKK, JKM, JP", "JKK+JKM" or a range of codes → the list; omitted → undefined (shared's default). */
export function wagePrograms(value: unknown): WageProgram[] | undefined {
  if (isEmpty(value)) return undefined;
  const tokens = asRange('programs', value)
    .flat()
    .filter((cell) => !isEmpty(cell))
    .flatMap((cell) => String(cell).split(/[\s,;+/]+/))
    .filter((token) => token !== '');
  if (tokens.length === 0) return undefined;
  return tokens.map((token) => optionalCode('programs', WAGE_PROGRAMS, token)!);
}
