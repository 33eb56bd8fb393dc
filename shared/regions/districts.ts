/** Districts (kecamatan) and their villages, for the regencies whose districts are tabled. */
import { InputError, describe } from '../errors';
import { DISTRICT_DATA } from './district-data';
import { compactRegionCode } from './lookup';

export interface District {
  /** 6-digit Kemendagri code, e.g. '620301'. */
  readonly code: string;
  readonly name: string;
  /** 4-digit regency code. */
  readonly regency: string;
  readonly villages: readonly string[];
}

export const DISTRICTS: Readonly<Record<string, District>> = Object.freeze(
  Object.fromEntries(
    Object.entries(DISTRICT_DATA).map(([code, [name, villages]]) => [
      code,
      Object.freeze({ code, name, regency: code.slice(0, 4), villages: Object.freeze([...villages]) }),
    ]),
  ),
);

/** '620301' or '62.03.01' → 'Selat'; undefined when the district is not tabled. */
export function districtName(code: string): string | undefined {
  if (typeof code !== 'string') {
    throw new InputError(
      'district',
      `district must be a code written as text (e.g. '620301'), got ${describe(code)}.`,
    );
  }
  const key = compactRegionCode(code);
  return Object.hasOwn(DISTRICTS, key) ? DISTRICTS[key]?.name : undefined;
}

/** The tabled districts of a regency in code order; empty when its districts are not tabled. */
export function districtsOf(regency: string): readonly District[] {
  if (typeof regency !== 'string') {
    throw new InputError(
      'regency',
      `regency must be a 4-digit code written as text (e.g. '6203'), got ${describe(regency)}.`,
    );
  }
  const key = compactRegionCode(regency);
  if (!/^\d{4}$/.test(key)) {
    throw new InputError(
      'regency',
      `regency must be a 4-digit Kemendagri code such as '6203' or '62.03', got ${describe(regency)}.`,
    );
  }
  return Object.values(DISTRICTS).filter((d) => d.regency === key);
}
