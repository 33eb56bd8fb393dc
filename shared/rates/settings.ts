/**
 * The assumptions domain.md marks as unsettled, as settings with defaults. Every premium function
 * takes a partial override so a regency can change a reading without a code change.
 */
import { InputError, describe } from '../errors';
import { INCOME_BASES } from './bpu';

export interface RateSettings {
  /** PP 50/2025 discount for rosters funded from DD, ADD, DBH-SAWIT, CSR, MANDIRI (domain.md: assumption). Default true. */
  discountForNonStateFunding: boolean;
  /** Highest income base accepted (assumption). Default 20_700_000. */
  maxIncomeBase: number;
}

export const DEFAULT_RATE_SETTINGS: RateSettings = Object.freeze({
  discountForNonStateFunding: true,
  maxIncomeBase: INCOME_BASES.reportedMaximum,
});

/** Fills in defaults and rejects settings that cannot be meant. */
export function resolveRateSettings(settings: Partial<RateSettings> = {}): RateSettings {
  if (typeof settings !== 'object' || settings === null) {
    throw new InputError(
      'settings',
      `settings must be an object of rate settings, got ${describe(settings)}.`,
    );
  }
  const resolved = { ...DEFAULT_RATE_SETTINGS };
  if (settings.discountForNonStateFunding !== undefined) {
    if (typeof settings.discountForNonStateFunding !== 'boolean') {
      throw new InputError(
        'discountForNonStateFunding',
        `discountForNonStateFunding must be true or false, got ${describe(settings.discountForNonStateFunding)}.`,
      );
    }
    resolved.discountForNonStateFunding = settings.discountForNonStateFunding;
  }
  if (settings.maxIncomeBase !== undefined) {
    const max = settings.maxIncomeBase;
    if (typeof max !== 'number' || !Number.isSafeInteger(max) || max < INCOME_BASES.minimum) {
      throw new InputError(
        'maxIncomeBase',
        `maxIncomeBase must be a whole number of rupiah of at least ${INCOME_BASES.minimum}, got ${describe(max)}.`,
      );
    }
    resolved.maxIncomeBase = max;
  }
  return resolved;
}
