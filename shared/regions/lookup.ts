/**
 * Name lookups by region code. Codes are accepted as digits ('6203') or in the dotted form the
 * decree prints ('62.03'); anything else is simply not a known region (undefined / false).
 */
import { InputError, describe } from '../errors';
import { PROVINCES } from './provinces';
import { REGENCIES } from './regencies';

/** '62.03' → '6203', ' 6203 ' → '6203'; other text is returned trimmed and left for the lookup to miss. */
export function compactRegionCode(code: string): string {
  const trimmed = code.trim();
  return trimmed.includes('.') ? trimmed.split('.').join('') : trimmed;
}

function requireText(field: string, code: unknown): string {
  if (typeof code !== 'string') {
    throw new InputError(
      field,
      `${field} must be a region code written as text (e.g. '6203'), got ${describe(code)}.`,
    );
  }
  return compactRegionCode(code);
}

/** '62' → 'Kalimantan Tengah'; undefined for a code that is not one of the 38 provinces. */
export function provinceName(code: string): string | undefined {
  const key = requireText('province', code);
  return Object.hasOwn(PROVINCES, key) ? PROVINCES[key] : undefined;
}

/** True for one of the 38 Kemendagri province codes; false for anything else, including non-text. */
export function isKnownProvince(code: string): boolean {
  return typeof code === 'string' && Object.hasOwn(PROVINCES, code.length === 2 ? code : code.trim());
}

/** '6203' or '62.03' → 'Kapuas'; undefined when the regency is not in the table. */
export function regencyName(code: string): string | undefined {
  const key = requireText('regency', code);
  return Object.hasOwn(REGENCIES, key) ? REGENCIES[key]?.name : undefined;
}

/** True for a regency/city in the table (Kalimantan Barat and Kalimantan Tengah so far). */
export function isKnownRegency(code: string): boolean {
  return typeof code === 'string' && Object.hasOwn(REGENCIES, compactRegionCode(code));
}
