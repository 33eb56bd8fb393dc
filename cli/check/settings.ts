/**
 * The check's settings from the command line: coverage date, eligibility policy (a settings file
 * and --set), and the cost line. The rules are shared/'s; this file only says where each value
 * came from when it is wrong.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  formatIsoDate,
  parseIsoDate,
  parseYearMonth,
  formatYearMonth,
  type IsoDate,
  type YearMonth,
} from '../../shared/calendar';
import {
  FUNDING_SOURCES,
  PROGRAMS,
  SECTORS,
  matchCode,
  type FundingSource,
  type Program,
  type Sector,
} from '../../shared/codes';
import {
  DEFAULT_POLICY,
  policyFromSettings,
  policySettingName,
  type EligibilityPolicy,
} from '../../shared/eligibility';
import { EXIT } from '../exit-codes';
import { describeSystemError, fileError, usageError, withInputErrorsAs } from '../errors';
import { plainRow } from '../roster-file/cell-value';
import { decodeText, parseCsv } from '../roster-file/csv';

/**
 * The coverage date ages are taken on: --as-of, else the first day of --start, else the first day
 * of the current month (what the formulas use when as_of is left out).
 */
export function resolveAsOf(
  asOf: string | undefined,
  start: string | undefined,
  now: Date = new Date(),
): IsoDate {
  if (asOf !== undefined) {
    const { year, month, day } = withInputErrorsAs(EXIT.USAGE, '', () => parseIsoDate('--as-of', asOf));
    return formatIsoDate(year, month, day);
  }
  if (start !== undefined) return `${parseStart(start)}-01`;
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, 1);
}

function parseStart(start: string): YearMonth {
  const { year, month } = withInputErrorsAs(EXIT.USAGE, '', () => parseYearMonth('--start', start));
  return formatYearMonth(year, month);
}

/** The rows of a two-column settings file (.csv or .xlsx, first sheet). */
async function readSettingsFile(path: string): Promise<unknown[][]> {
  const kind = extname(path).toLowerCase();
  if (kind !== '.csv' && kind !== '.xlsx')
    throw usageError(`--policy ${path}: give a .csv or .xlsx file of settings.`);
  try {
    if (kind === '.csv') return parseCsv(decodeText(await readFile(path)));
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push(plainRow(row.values)));
    return rows;
  } catch (error) {
    const system = describeSystemError(error, path);
    throw fileError(
      `--policy ${system ?? `${path} cannot be read as a settings workbook (${String(error)}).`}`,
    );
  }
}

/** Two columns only: a settings sheet with a note in column C is still a settings sheet. */
function firstTwoColumns(rows: readonly unknown[][]): unknown[][] {
  return rows.map((row) => [row[0] ?? null, row[1] ?? null]);
}

/**
 * The eligibility policy: defaults, then the settings file, then each --set key=value (a --set
 * replaces the same setting from the file).
 */
export async function resolvePolicy(
  policyFile: string | undefined,
  sets: readonly string[],
): Promise<EligibilityPolicy> {
  let rows: unknown[][] = [];
  if (policyFile !== undefined) {
    rows = firstTwoColumns(await readSettingsFile(policyFile));
    withInputErrorsAs(EXIT.FILE, `--policy ${policyFile}`, () => policyFromSettings(rows));
  }
  if (sets.length === 0) return policyFile === undefined ? DEFAULT_POLICY : policyFromSettings(rows);
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw usageError(`--set must be written key=value (e.g. --set max_desil=4), got "${set}".`);
    const key = set.slice(0, eq).trim();
    const value = set.slice(eq + 1).trim();
    const name = policySettingName(key);
    if (!name) {
      throw usageError(
        `--set ${key}: unknown setting; use min_age, max_age, max_desil, require_dtsen, village_quota, regency ` +
          'or wage_earner_categories.',
      );
    }
    rows = rows.filter((row) => policySettingName(row[0]) !== name);
    rows.push([key, value]);
  }
  return withInputErrorsAs(EXIT.USAGE, '--set', () => policyFromSettings(rows));
}

export interface CostLine {
  funding: FundingSource;
  startMonth: YearMonth;
  months: number;
  program: Program;
  sector: Sector;
}

export interface CostOptions {
  funding?: string;
  start?: string;
  months?: string;
  program?: string;
  sector?: string;
}

function code<T extends string>(
  option: string,
  list: readonly T[],
  value: string | undefined,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const found = matchCode(list, value);
  if (!found) throw usageError(`${option} must be one of ${list.join(', ')}; got "${value}".`);
  return found;
}

/**
 * The cost line, or null when no cost was asked for. Funding decides the discount and the start
 * month the rates, so a cost needs --funding, --start and --months together.
 */
export function resolveCostLine(options: CostOptions): CostLine | null {
  const { funding, start, months } = options;
  const given = [funding, start, months].filter((v) => v !== undefined).length;
  if (given === 0) {
    if (options.program !== undefined || options.sector !== undefined) {
      throw usageError('--program and --sector go with a cost: add --funding, --start and --months.');
    }
    return null;
  }
  if (given < 3) {
    const missing = [
      funding === undefined ? '--funding' : '',
      start === undefined ? '--start' : '',
      months === undefined ? '--months' : '',
    ].filter(Boolean);
    throw usageError(`A cost needs --funding, --start and --months together; add ${missing.join(' and ')}.`);
  }
  if (!/^\s*\d+\s*$/.test(months!) || Number(months) < 1 || Number(months) > 1200) {
    throw usageError(`--months must be a whole number of months from 1 to 1200, got "${months}".`);
  }
  return {
    funding: code('--funding', FUNDING_SOURCES, funding, 'APBD'),
    startMonth: parseStart(start!),
    months: Number(months),
    program: code('--program', PROGRAMS, options.program, 'JKK-JKM'),
    sector: code('--sector', SECTORS, options.sector, 'OTHER'),
  };
}
