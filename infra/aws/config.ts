/**
 * What differs between one deployment of Rentan and another: the stage name (so `test` and
 * `production` can live in one account), the regencies it serves, and a few settings with
 * defaults. Read from CDK context (`-c stage=test -c regencies=6203,6205`) or, failing that,
 * from the environment (RENTAN_STAGE, RENTAN_REGENCIES, ...), so CI and a shell both work.
 */
import { InputError } from '../../shared/errors';
import { regencyGroup } from '../../shared/access';

export type MfaSetting = 'optional' | 'required';
export type ThreatProtection = 'enforced' | 'audit';

export interface DeploymentConfig {
  /** Lower-case name prefixed to every stack, e.g. `test` → stacks `Rentan-test-Data`, ... */
  readonly stage: string;
  /** 4-digit Kemendagri regency codes; each becomes a Cognito group `regency:<code>`. */
  readonly regencies: readonly string[];
  /** Cognito hosted-domain prefix; must be unique within the region across all AWS accounts. */
  readonly domainPrefix: string;
  /** Days CloudWatch keeps the function's logs and the API's access logs. */
  readonly logRetentionDays: number;
  /** Steady-state requests per second across the whole API, and the burst above it. */
  readonly throttleRate: number;
  readonly throttleBurst: number;
  /**
   * `optional` (the default) lets each user enrol a TOTP app; `required` forces it at first
   * sign-in. Optional because regency staff often share no company phone; tighten when ready.
   */
  readonly mfa: MfaSetting;
  /** Cognito threat protection: `enforced` blocks risky sign-ins, `audit` only records them. */
  readonly threatProtection: ThreatProtection;
}

/** Where settings come from: a CDK context lookup and the process environment. */
export interface ConfigSources {
  readonly context: (key: string) => unknown;
  readonly env: Readonly<Record<string, string | undefined>>;
}

// Context key → environment variable, in the order they are documented in the README.
const ENV_NAMES = {
  stage: 'RENTAN_STAGE',
  regencies: 'RENTAN_REGENCIES',
  domainPrefix: 'RENTAN_DOMAIN_PREFIX',
  logRetentionDays: 'RENTAN_LOG_RETENTION_DAYS',
  throttleRate: 'RENTAN_THROTTLE_RATE',
  throttleBurst: 'RENTAN_THROTTLE_BURST',
  mfa: 'RENTAN_MFA',
  threatProtection: 'RENTAN_THREAT_PROTECTION',
} as const;

type Key = keyof typeof ENV_NAMES;

export const DEFAULTS = {
  stage: 'test',
  logRetentionDays: 365,
  // An upload of 40,000 rows in 1,000-row chunks is 40 requests; 50 rps leaves room for a
  // whole regency office working at once while capping a runaway client's bill.
  throttleRate: 50,
  throttleBurst: 100,
  mfa: 'optional',
  threatProtection: 'enforced',
} as const;

// CloudWatch Logs accepts only these retention periods.
const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

export function readConfig(sources: ConfigSources, account?: string): DeploymentConfig {
  if (!sources || typeof sources.context !== 'function' || typeof sources.env !== 'object') {
    throw new InputError('sources', 'readConfig needs { context: (key) => value, env: process.env }.');
  }
  const raw = (key: Key): string | undefined => {
    const fromContext = sources.context(key);
    if (fromContext !== undefined && fromContext !== null && String(fromContext).trim() !== '') {
      return String(fromContext).trim();
    }
    const fromEnv = sources.env[ENV_NAMES[key]];
    return fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv.trim() : undefined;
  };

  const stage = raw('stage') ?? DEFAULTS.stage;
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
    throw new InputError(
      'stage',
      `stage must be 1–20 lower-case letters, digits or hyphens starting with a letter (e.g. test, prod), got "${stage}".`,
    );
  }

  const regencies = parseRegencies(raw('regencies'));

  const domainPrefix = raw('domainPrefix') ?? defaultDomainPrefix(stage, account);
  // Cognito's rule for hosted-domain prefixes; it also refuses the reserved words below.
  if (
    !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(domainPrefix) ||
    /aws|amazon|cognito/.test(domainPrefix)
  ) {
    throw new InputError(
      'domainPrefix',
      `domainPrefix must be lower-case letters, digits and hyphens (at most 63, not containing aws, amazon or cognito), got "${domainPrefix}".`,
    );
  }

  const logRetentionDays = wholeNumber(
    'logRetentionDays',
    raw('logRetentionDays'),
    DEFAULTS.logRetentionDays,
  );
  if (!RETENTION_DAYS.includes(logRetentionDays)) {
    throw new InputError(
      'logRetentionDays',
      `logRetentionDays must be one of CloudWatch's periods (${RETENTION_DAYS.join(', ')}), got ${logRetentionDays}.`,
    );
  }
  const throttleRate = wholeNumber('throttleRate', raw('throttleRate'), DEFAULTS.throttleRate);
  const throttleBurst = wholeNumber('throttleBurst', raw('throttleBurst'), DEFAULTS.throttleBurst);
  if (throttleRate < 1 || throttleBurst < throttleRate) {
    throw new InputError(
      'throttleBurst',
      `throttleRate must be at least 1 and throttleBurst at least throttleRate, got ${throttleRate} and ${throttleBurst}.`,
    );
  }

  const mfa = oneOf('mfa', raw('mfa') ?? DEFAULTS.mfa, ['optional', 'required'] as const);
  const threatProtection = oneOf('threatProtection', raw('threatProtection') ?? DEFAULTS.threatProtection, [
    'enforced',
    'audit',
  ] as const);

  return {
    stage,
    regencies,
    domainPrefix,
    logRetentionDays,
    throttleRate,
    throttleBurst,
    mfa,
    threatProtection,
  };
}

function parseRegencies(value: string | undefined): string[] {
  if (value === undefined) {
    throw new InputError(
      'regencies',
      'Name the regencies this deployment serves: -c regencies=6203,6205 (or RENTAN_REGENCIES=6203,6205).',
    );
  }
  const codes = value
    .split(/[\s,]+/)
    .map((code) => code.replace(/\./g, ''))
    .filter((code) => code !== '');
  if (codes.length === 0) {
    throw new InputError('regencies', 'regencies must list at least one 4-digit regency code, e.g. 6203.');
  }
  for (const code of codes) {
    try {
      regencyGroup(code);
    } catch {
      throw new InputError(
        'regencies',
        `"${code}" is not a 4-digit Kemendagri regency code (e.g. 6203 or 62.03).`,
      );
    }
  }
  return [...new Set(codes)];
}

function defaultDomainPrefix(stage: string, account: string | undefined): string {
  // Prefixes are global per region: the account id keeps two organisations' `test` apart.
  return account !== undefined && /^\d{12}$/.test(account) ? `rentan-${stage}-${account}` : `rentan-${stage}`;
}

function wholeNumber(field: Key, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new InputError(field, `${field} must be a whole number, got "${value}".`);
  return Number(value);
}

function oneOf<T extends string>(field: Key, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(field, `${field} must be one of ${allowed.join(', ')}, got "${value}".`);
  }
  return value as T;
}

/** The CDK context keys and environment variables, for the README and error messages. */
export const SETTING_NAMES: Readonly<Record<Key, string>> = ENV_NAMES;
