/** Masking a NIK before it goes into a log line or an error report. */
import { InputError, describe } from '../errors';
import { normaliseNikText } from './normalise';

/**
 * '6203011201900012' → '6203********0012': the regency (needed to route a support question) and
 * the last four digits (enough to find the row with the person) stay; the district, the birth
 * date and the sex, which identify a person, are hidden. Text that is not 16 digits keeps at most
 * its first four characters, so a malformed NIK in a log leaks no more than a valid one.
 */
export function maskNik(nik: string): string {
  if (typeof nik !== 'string') {
    throw new InputError('nik', `nik must be text, got ${describe(nik)}.`);
  }
  const compact = normaliseNikText(nik);
  if (compact.length === 16) return `${compact.slice(0, 4)}********${compact.slice(12)}`;
  return compact.slice(0, 4) + '*'.repeat(Math.max(compact.length - 4, 0));
}
