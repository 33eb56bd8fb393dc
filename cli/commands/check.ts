/** `rentan check FILE`: the roster checked offline, as the formulas and the pane would check it. */
import { Option, type Command } from 'commander';
import { FUNDING_SOURCES, PROGRAMS, SECTORS } from '../../shared/codes';
import { LANGS, type Lang } from '../check/labels';
import type { CliContext } from '../context';

export interface CheckOptions {
  sheet?: string;
  asOf?: string;
  policy?: string;
  set: string[];
  funding?: string;
  start?: string;
  months?: string;
  program?: string;
  sector?: string;
  lang: Lang;
  json?: boolean;
  out?: string;
  strict?: boolean;
}

const EXAMPLES = `
Examples:
  rentan check desa-sukamaju.xlsx
  rentan check rekap.xlsx --sheet "Kec. Kapuas Hilir" --as-of 2026-01-01 --set max_desil=4
  rentan check desa.csv --funding DD --start 2026-01 --months 12 --out desa-diperiksa.xlsx
  rentan check desa.xlsx --json --lang en

The header row is found under title rows; rows under the table holding neither a NIK nor a name
(place and date, "Kepala Desa", the signature) are ignored and counted.`;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerCheck(program: Command, context: CliContext): void {
  program
    .command('check')
    .summary('check a roster file (.xlsx or .csv) offline: eligible, waitlisted, rejected and why')
    .description(
      'Checks every worker row of a roster file with the same rules as the RENTAN formulas and the task pane: ' +
        'NIK, duplicates, age, DTSEN and decile, wage earners, village quota. Nothing is sent anywhere.',
    )
    .argument('<file>', 'the roster: an .xlsx workbook or a .csv file (";" or "," separated)')
    .option('--sheet <name>', 'the sheet to check (default: the first sheet holding a roster)')
    .option(
      '--as-of <YYYY-MM-DD>',
      'coverage start: ages are taken on this day (default: first day of --start, else of this month)',
    )
    .option(
      '--policy <file>',
      'a two-column .csv/.xlsx of settings: min_age, max_age, max_desil, require_dtsen, village_quota, regency',
    )
    .option(
      '--set <key=value>',
      'one setting, e.g. --set max_desil=4 (repeatable; wins over --policy)',
      collect,
      [],
    )
    .option('--funding <source>', `who pays, for the cost: ${FUNDING_SOURCES.join(', ')}`)
    .option('--start <YYYY-MM>', 'first month covered, for the cost')
    .option('--months <n>', 'number of months covered, for the cost')
    .option('--program <package>', `package, for the cost: ${PROGRAMS.join(' (default), ')}`)
    .option('--sector <sector>', `sector, for the cost: ${SECTORS.join(' (default), ')}`)
    .addOption(
      new Option('--lang <lang>', 'language of the report and reasons').choices([...LANGS]).default('id'),
    )
    .option(
      '--json',
      'print one JSON object {file, sheet, headerRow, rows, eligible, waitlisted, rejected, byReason, cost}',
    )
    .option(
      '--out <file.xlsx>',
      'also write the roster with a status and a reasons column, problem rows highlighted',
    )
    .option('--strict', 'exit with 1 when any row is rejected or waitlisted')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, options: CheckOptions) => {
      // Loaded here, not at the top: `rentan --help` should not wait for the workbook reader.
      const { runCheck } = await import('../check/action');
      await runCheck(file, options, context);
    });
}
