/**
 * Eligibility of a whole roster (domain.md §4): each row eligible, waitlisted or rejected, with
 * every reason that applies. Rows are judged on their own first; duplicates and village quotas
 * then need the whole roster.
 */
import { parseIsoDate, type IsoDate } from '../calendar';
import { InputError, describe } from '../errors';
import { readNik, type NikContext } from '../nik';
import { REASONS } from '../reasons';
import { headerKey } from '../roster/header-names';
import type { RowProblem } from '../roster/cells';
import type { RosterRow } from '../roster/schema';
import { ageCalculator } from './age';
import { FirstRows } from './first-rows';
import { requirePolicy, type EligibilityPolicy } from './policy';
import type { Finding, RowVerdict } from './verdict';

export interface EligibilityContext {
  /** Coverage start: ages are taken on this day. */
  asOf: IsoDate;
  /** NIKs (16 digits) already active as participants, from earlier rosters or a BPJS import. */
  activeNiks?: ReadonlySet<string>;
}

/** The shared empty list of findings: frozen, so a slip that pushes onto it fails loudly. */
const NONE: readonly Finding[] = Object.freeze([]);
const NONE_PROBLEMS: readonly RowProblem[] = Object.freeze([]);

/**
 * headerKey (lower case, letters and digits) with a memory: a roster repeats the same few
 * categories and villages across thousands of rows.
 */
export function memoKey(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = headerKey(text)));
    return key;
  };
}

function checkArguments(
  rows: readonly RosterRow[],
  context: EligibilityContext,
  blank: readonly boolean[] | undefined,
  problems: readonly (readonly RowProblem[])[] | undefined,
): void {
  if (!Array.isArray(rows as unknown))
    throw new InputError('rows', `rows must be a list of roster rows, got ${describe(rows)}.`);
  if (typeof context !== 'object' || context === null) {
    throw new InputError('asOf', 'An eligibility check needs a coverage start date (asOf, YYYY-MM-DD).');
  }
  if (typeof context.asOf !== 'string') {
    throw new InputError(
      'asOf',
      `asOf must be the coverage start date written YYYY-MM-DD, got ${describe(context.asOf)}.`,
    );
  }
  parseIsoDate('asOf', context.asOf);
  const active: unknown = context.activeNiks;
  if (active !== undefined && !(active instanceof Set)) {
    throw new InputError('activeNiks', 'activeNiks must be a Set of 16-digit NIKs (or left out).');
  }
  if (blank !== undefined && (!Array.isArray(blank as unknown) || blank.length !== rows.length)) {
    throw new InputError('blank', `blank must have one entry per row (${rows.length}).`);
  }
  if (problems !== undefined && (!Array.isArray(problems as unknown) || problems.length !== rows.length)) {
    throw new InputError('problems', `problems must have one entry per row (${rows.length}).`);
  }
}

/**
 * Judges every row. `blank` and `problems` are what readRoster returns beside the rows: blank rows
 * get status 'blank', unreadable cells become reasons or warnings by their severity.
 *
 * Duplicates: the first row with a NIK is judged on its own merits and later rows with the same
 * digits are rejected with NIK_DUPLICATE pointing at it. This holds for invalid NIKs too (compared
 * on the digits read): a repeated typo is still one person entered twice, and fixing the typo in
 * both rows would leave the duplicate, so the user is told both things at once.
 */
export function checkRoster(
  rows: readonly RosterRow[],
  policy: EligibilityPolicy,
  context: EligibilityContext,
  blank?: readonly boolean[],
  problems?: readonly (readonly RowProblem[])[],
): RowVerdict[] {
  checkArguments(rows, context, blank, problems);
  const p = requirePolicy(policy);
  const { asOf } = context;
  const active = context.activeNiks;
  const wageCategories = new Set(p.wageEarnerCategories.map(headerKey));
  const key = memoKey();
  const ageOf = ageCalculator(asOf);
  const firstRowOf = new FirstRows(rows.length);
  // One context object, refilled per row: readNik reads it and keeps nothing.
  const nikContext: NikContext = { regency: p.regency ?? undefined, asOf };

  const verdicts: RowVerdict[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const rowNumber = i + 1;
    if (blank?.[i]) {
      verdicts[i] = { row: rowNumber, status: 'blank', reasons: NONE, warnings: NONE };
      continue;
    }
    const row = rows[i]!;
    // Lists are made only when there is something to say: most rows have nothing.
    let reasons: Finding[] | undefined;
    let warnings: Finding[] | undefined;

    const rowProblems = problems === undefined ? NONE_PROBLEMS : problems[i]!;
    for (let k = 0; k < rowProblems.length; k++) {
      const problem = rowProblems[k]!;
      const finding: Finding = problem.params
        ? { code: problem.code, params: problem.params }
        : { code: problem.code };
      if (REASONS[problem.code].severity === 'warning') (warnings ??= []).push(finding);
      else (reasons ??= []).push(finding);
    }

    nikContext.statedBirthDate = row.birthDate ?? undefined;
    nikContext.statedSex = row.sex ?? undefined;
    // readNik, not checkNik: the same rules without building the NIK's parts on every row.
    const nikCheck = readNik(row.nik, nikContext);
    let nik: string | undefined;
    let digits: string | undefined;
    let nikBirthDate: IsoDate | undefined;
    if (nikCheck.ok) {
      digits = nik = nikCheck.nik;
      nikBirthDate = nikCheck.birthDate;
      if (nikCheck.warnings.length > 0) (warnings ??= []).push(...nikCheck.warnings);
    } else {
      digits = nikCheck.digits || undefined;
      (reasons ??= []).push(...nikCheck.issues);
    }
    let duplicateOf: number | undefined;
    if (digits !== undefined) {
      duplicateOf = firstRowOf.firstOrAdd(digits, rowNumber);
      if (duplicateOf !== undefined)
        (reasons ??= []).push({ code: 'NIK_DUPLICATE', params: { firstRow: duplicateOf } });
    }

    if (row.name === null) (reasons ??= []).push({ code: 'NAME_MISSING' });

    // The roster's own birth date wins: the NIK's may be the typo (a mismatch is warned above).
    const birthDate = row.birthDate ?? nikBirthDate;
    if (birthDate !== undefined && birthDate > asOf) {
      // Not a child too young for cover but a date that cannot be: say so, not "age -5".
      (reasons ??= []).push({ code: 'BIRTHDATE_AFTER_START', params: { birthDate, asOf } });
    } else if (birthDate !== undefined) {
      const age = ageOf(birthDate);
      if (age < p.minAge) (reasons ??= []).push({ code: 'AGE_BELOW_MIN', params: { age, minAge: p.minAge } });
      else if (age > p.maxAge)
        (reasons ??= []).push({ code: 'AGE_ABOVE_MAX', params: { age, maxAge: p.maxAge } });
    }

    if (row.category !== null && wageCategories.has(key(row.category))) {
      (reasons ??= []).push({ code: 'WAGE_EARNER', params: { category: row.category } });
    }

    // Listed: DTSEN says yes, or a decile is given and DTSEN is not explicitly "no".
    if (p.requireDtsen && !(row.dtsen === true || (row.dtsen !== false && row.decile !== null))) {
      (reasons ??= []).push({ code: 'NOT_IN_DTSEN' });
    }
    if (p.maxDecile !== null && row.decile !== null && row.decile > p.maxDecile) {
      (reasons ??= []).push({
        code: 'DECILE_ABOVE_MAX',
        params: { decile: row.decile, maxDecile: p.maxDecile },
      });
    }

    if (active !== undefined && nik !== undefined && active.has(nik))
      (reasons ??= []).push({ code: 'ALREADY_ACTIVE' });

    if (p.villageQuota !== null && row.village === null) (reasons ??= []).push({ code: 'VILLAGE_MISSING' });

    const status = reasons ? 'rejected' : 'eligible';
    // Built whole when the NIK is known (most rows), not grown a property at a time: cheaper.
    const verdict: RowVerdict =
      nik === undefined
        ? { row: rowNumber, status, reasons: reasons ?? NONE, warnings: warnings ?? NONE }
        : { row: rowNumber, status, reasons: reasons ?? NONE, warnings: warnings ?? NONE, nik };
    if (duplicateOf !== undefined) verdict.duplicateOf = duplicateOf;
    verdicts[i] = verdict;
  }

  if (p.villageQuota !== null) applyVillageQuota(rows, verdicts, p.villageQuota, key);
  return verdicts;
}

/** What the village quota reads of a row. */
export type QuotaRow = Pick<RosterRow, 'district' | 'village' | 'decile'>;

/**
 * Per village, keeps the best `quota` of the otherwise eligible rows, ranked by decile (poorest
 * first, no decile last) then roster order (domain.md §4); the rest are waitlisted.
 */
export function applyVillageQuota(
  rows: readonly QuotaRow[],
  verdicts: RowVerdict[],
  quota: number,
  key: (text: string) => string,
): void {
  // District, then village: the same village name in two districts is two villages.
  const byDistrict = new Map<string, Map<string, number[]>>();
  const groups: number[][] = [];
  for (let i = 0; i < verdicts.length; i++) {
    if (verdicts[i]!.status !== 'eligible') continue;
    const row = rows[i]!;
    const districtKey = row.district === null ? '' : key(row.district);
    let villages = byDistrict.get(districtKey);
    if (!villages) byDistrict.set(districtKey, (villages = new Map()));
    // Eligible rows always have a village here: a missing one was rejected with VILLAGE_MISSING.
    const villageKey = key(row.village!);
    const list = villages.get(villageKey);
    if (list) list.push(i);
    else {
      const created = [i];
      villages.set(villageKey, created);
      groups.push(created);
    }
  }
  for (const indices of groups) {
    if (indices.length <= quota) continue;
    // Indices are in roster order already, and sort is stable, so ties keep roster order.
    indices.sort((a, b) => (rows[a]!.decile ?? 11) - (rows[b]!.decile ?? 11));
    for (const i of indices.slice(quota)) {
      const verdict = verdicts[i]!;
      verdict.status = 'waitlisted';
      verdict.reasons = [{ code: 'QUOTA_EXCEEDED', params: { village: rows[i]!.village!, quota } }];
    }
  }
}
