/**
 * The eligibility policy of a programme (domain.md §4). Every figure here is a regency's choice,
 * not law, so each is a setting with a default rather than a constant in the rules.
 */
import * as z from 'zod';
import { InputError, describe } from '../errors';
import { headerKey } from '../roster/header-names';

export interface EligibilityPolicy {
  /** Youngest age at coverage start, inclusive. */
  minAge: number;
  /** Oldest age at coverage start, inclusive. */
  maxAge: number;
  /** Highest DTSEN welfare decile accepted; null accepts any (and rows without a decile). */
  maxDecile: number | null;
  /** Whether a row must be listed in DTSEN (a decile, or DTSEN = yes). */
  requireDtsen: boolean;
  /** Most eligible workers per village; null for no quota. */
  villageQuota: number | null;
  /** Programme regency, 4-digit Kemendagri code ('6203'); a NIK from elsewhere is only a warning. */
  regency: string | null;
  /** Categories that are wage earners (PU) and belong on the PU lines, not in a BPU roster. */
  wageEarnerCategories: string[];
}

export const DEFAULT_POLICY: EligibilityPolicy = Object.freeze({
  // 18–65 is what several regencies use (domain.md §4, an assumption kept as a setting).
  minAge: 18,
  maxAge: 65,
  // No decile limit unless the regency sets one: deciles 1–4 are common but not universal (§4).
  maxDecile: null,
  // DTSEN listing is required only "where the regency requires it" (§4).
  requireDtsen: false,
  // Quotas are a per-regency scheme (Bengkayang: 100 per village), off by default.
  villageQuota: null,
  regency: null,
  // The categories regencies pay as wage earners (Barito Utara: perangkat desa, BPD, RT/RW,
  // non-ASN; domain.md §1 and §4). Whether they are PU depends on how the regency registers them,
  // hence a setting.
  wageEarnerCategories: Object.freeze([
    'Perangkat Desa',
    'BPD',
    'RT/RW',
    'Non-ASN',
    'PU',
    'Penerima Upah',
  ]) as string[],
});

const age = z.number().int().min(0).max(130);

export const EligibilityPolicySchema = z
  .object({
    minAge: age,
    maxAge: age,
    maxDecile: z.number().int().min(1).max(10).nullable(),
    requireDtsen: z.boolean(),
    villageQuota: z.number().int().min(1).nullable(),
    regency: z
      .string()
      .regex(/^\d{4}$/, 'regency must be a 4-digit Kemendagri code such as 6203.')
      .nullable(),
    // Bounded: the policy is kept on the roster's item, which DynamoDB caps at 400 KB.
    wageEarnerCategories: z
      .array(z.string().trim().min(1).max(120, 'A category has at most 120 characters.'))
      .max(50, 'List at most 50 wage-earner categories.'),
  })
  .refine((p) => p.minAge <= p.maxAge, { message: 'minAge must not be above maxAge.', path: ['minAge'] });

/** Validates a policy given in code or over the API, with an InputError naming the bad setting. */
export function requirePolicy(policy: unknown): EligibilityPolicy {
  const result = EligibilityPolicySchema.safeParse(policy);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || 'policy';
    throw new InputError(field, `Eligibility policy: ${field}: ${issue.message}`);
  }
  return result.data;
}

// Setting names as typed in the two-column policy range, compared by headerKey.
const SETTINGS = {
  minage: 'min_age',
  maxage: 'max_age',
  maxdesil: 'max_desil',
  maxdecile: 'max_desil',
  requiredtsen: 'require_dtsen',
  villagequota: 'village_quota',
  kuotadesa: 'village_quota',
  regency: 'regency',
  kabupaten: 'regency',
  wageearnercategories: 'wage_earner_categories',
} as const;
type SettingName = (typeof SETTINGS)[keyof typeof SETTINGS];

/**
 * The canonical name (min_age, max_desil, ...) of a setting as typed, or undefined when no such
 * setting exists; lets a caller merge settings from two places without repeating one.
 */
export function policySettingName(raw: unknown): SettingName | undefined {
  return typeof raw === 'string'
    ? (SETTINGS as Record<string, SettingName | undefined>)[headerKey(raw)]
    : undefined;
}

/** A header row some people put above the settings; skipped rather than reported as unknown. */
const HEADER_WORDS = new Set(['setting', 'settings', 'pengaturan', 'name', 'nama', 'parameter']);

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function wholeSetting(name: string, value: unknown, min: number, max: number): number {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new InputError(
      name,
      `Setting ${name} must be a whole number from ${min} to ${max}, got ${describe(value)}.`,
    );
  }
  return n;
}

function booleanSetting(name: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  const key = typeof value === 'string' ? headerKey(value) : '';
  if (['true', 'ya', 'y', 'yes', '1'].includes(key)) return true;
  if (['false', 'tidak', 't', 'no', 'n', '0'].includes(key)) return false;
  throw new InputError(name, `Setting ${name} must be TRUE or FALSE (or Ya/Tidak), got ${describe(value)}.`);
}

/** '62.03', '6203', 6203 or 62.03 (Excel turns "62.03" into a number) → '6203'. */
function regencySetting(name: string, value: unknown): string {
  let text: string;
  if (typeof value === 'number') text = Number.isInteger(value) ? String(value) : value.toFixed(2);
  else if (typeof value === 'string') text = value.trim();
  else text = '';
  const m = /^(\d{2})\.?(\d{2})$/.exec(text);
  if (!m) {
    throw new InputError(
      name,
      `Setting ${name} must be a 4-digit Kemendagri regency code such as 62.03 or 6203, got ${describe(value)}.`,
    );
  }
  return m[1]! + m[2]!;
}

/**
 * Reads the two-column settings range of RENTAN.ELIGIBLE's `policy` argument: a name in the first
 * column, its value in the second. Names are case-, space- and punctuation-insensitive; a setting
 * left out (or with an empty value) keeps its default. Unknown names, repeated names and bad values
 * throw an InputError naming the setting.
 */
export function policyFromSettings(rows: readonly (readonly unknown[])[]): EligibilityPolicy {
  if (!Array.isArray(rows as unknown)) {
    throw new InputError('policy', `policy must be a two-column range of settings, got ${describe(rows)}.`);
  }
  const policy: EligibilityPolicy = {
    ...DEFAULT_POLICY,
    wageEarnerCategories: [...DEFAULT_POLICY.wageEarnerCategories],
  };
  const seen = new Set<SettingName>();
  rows.forEach((row, index) => {
    if (!Array.isArray(row as unknown)) {
      throw new InputError('policy', `policy row ${index + 1} is not a row of cells.`);
    }
    const [rawName, value, ...rest] = row as unknown[];
    if (isBlank(rawName) && (isBlank(value) || value === 0)) return;
    if (row.length < 2 || rest.some((cell) => !isBlank(cell))) {
      throw new InputError('policy', 'policy must be two columns: a setting name and its value.');
    }
    const key = typeof rawName === 'string' ? headerKey(rawName) : '';
    if (index === 0 && HEADER_WORDS.has(key)) return;
    const name = (SETTINGS as Record<string, SettingName | undefined>)[key];
    if (!name) {
      throw new InputError(
        'policy',
        `Unknown policy setting ${describe(rawName)} on row ${index + 1}; use min_age, max_age, max_desil, ` +
          'require_dtsen, village_quota, regency or wage_earner_categories.',
      );
    }
    if (seen.has(name)) throw new InputError(name, `Setting ${name} is given twice; keep one.`);
    seen.add(name);
    if (isBlank(value)) return;
    // Some Excel hosts send an empty cell as 0. No decile limit or quota is 0, so 0 there means
    // "not set", the same as an empty cell; ages keep 0 as written.
    if (value === 0 && (name === 'max_desil' || name === 'village_quota')) return;
    switch (name) {
      case 'min_age':
        policy.minAge = wholeSetting(name, value, 0, 130);
        break;
      case 'max_age':
        policy.maxAge = wholeSetting(name, value, 0, 130);
        break;
      case 'max_desil':
        policy.maxDecile = wholeSetting(name, value, 1, 10);
        break;
      case 'require_dtsen':
        policy.requireDtsen = booleanSetting(name, value);
        break;
      case 'village_quota':
        policy.villageQuota = wholeSetting(name, value, 1, 1_000_000);
        break;
      case 'regency':
        policy.regency = regencySetting(name, value);
        break;
      case 'wage_earner_categories':
        policy.wageEarnerCategories = String(value)
          .split(/[;,]/)
          .map((s) => s.trim())
          .filter((s) => s !== '');
        break;
    }
  });
  if (policy.minAge > policy.maxAge) {
    throw new InputError(
      'min_age',
      `Setting min_age (${policy.minAge}) is above max_age (${policy.maxAge}).`,
    );
  }
  return policy;
}
