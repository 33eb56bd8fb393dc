/**
 * The part ELIGIBLE and CHECK share: a roster range, an as-of date and a policy range, as Excel
 * delivers them, turned into one verdict per data row by shared/eligibility.
 */
import { checkRoster, DEFAULT_POLICY, policyFromSettings, type RowVerdict } from '../../shared/eligibility';
import { readRoster } from '../../shared/roster';
import { InputError } from '../../shared/errors';
import { firstDayOfThisMonth } from './clock';
import { asRange, isEmpty, optionalDate } from './excel-values';

export function rosterVerdicts(roster: unknown, asOf: unknown, policy: unknown): RowVerdict[] {
  if (isEmpty(roster))
    throw new InputError('roster', 'roster must be a range whose first row is headers (NIK, Nama, ...).');
  const values = asRange('roster', roster);
  const date = optionalDate('as_of', asOf) ?? firstDayOfThisMonth();
  const settings = isEmpty(policy) ? DEFAULT_POLICY : policyFromSettings(asRange('policy', policy));
  const read = readRoster(values);
  return checkRoster(read.rows, settings, { asOf: date }, read.blank, read.problems);
}
