import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors';
import {
  DEFAULT_POLICY,
  EligibilityPolicySchema,
  policyFromSettings,
  policySettingName,
} from '../../shared/eligibility';

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('DEFAULT_POLICY', () => {
  it('is the 18–65 window with no other limit, and valid by its own schema', () => {
    expect(DEFAULT_POLICY).toMatchObject({
      minAge: 18,
      maxAge: 65,
      maxDecile: null,
      requireDtsen: false,
      villageQuota: null,
      regency: null,
    });
    expect(DEFAULT_POLICY.wageEarnerCategories).toEqual(
      expect.arrayContaining(['Perangkat Desa', 'BPD', 'RT/RW', 'Non-ASN']),
    );
    expect(EligibilityPolicySchema.safeParse(DEFAULT_POLICY).success).toBe(true);
  });

  it('cannot be changed by accident', () => {
    expect(() => {
      (DEFAULT_POLICY as { minAge: number }).minAge = 10;
    }).toThrow();
    expect(() => DEFAULT_POLICY.wageEarnerCategories.push('x')).toThrow();
  });
});

describe('policyFromSettings', () => {
  it('reads every setting, names case- and punctuation-insensitive', () => {
    expect(
      policyFromSettings([
        ['MIN_AGE', 17],
        ['max age', '60'],
        ['Max-Desil', 4],
        ['require_dtsen', true],
        ['Village_Quota', 100],
        ['regency', '61.07'],
        ['wage_earner_categories', 'Perangkat Desa; BPD , Non-ASN'],
      ]),
    ).toEqual({
      minAge: 17,
      maxAge: 60,
      maxDecile: 4,
      requireDtsen: true,
      villageQuota: 100,
      regency: '6107',
      wageEarnerCategories: ['Perangkat Desa', 'BPD', 'Non-ASN'],
    });
  });

  it('keeps defaults for settings left out or left empty, and skips blank rows and a header row', () => {
    expect(
      policyFromSettings([
        ['Setting', 'Value'],
        ['max_desil', ''],
        [null, null],
        ['', 0],
        ['require_dtsen', 'Ya'],
      ]),
    ).toEqual({ ...DEFAULT_POLICY, requireDtsen: true });
    expect(policyFromSettings([])).toEqual(DEFAULT_POLICY);
  });

  it('reads 0 as "not set" for max_desil and village_quota, as hosts that send empty cells as 0 need', () => {
    expect(
      policyFromSettings([
        ['max_desil', 0],
        ['village_quota', 0],
      ]),
    ).toEqual(DEFAULT_POLICY);
  });

  it('accepts the regency as 62.03, 6203, or the numbers Excel makes of them', () => {
    for (const value of ['62.03', '6203', ' 62.03 ', 6203, 62.03]) {
      expect(policyFromSettings([['regency', value]]).regency, String(value)).toBe('6203');
    }
    // 62.1 is how Excel shows 62.10 typed as a number.
    expect(policyFromSettings([['regency', 62.1]]).regency).toBe('6210');
  });

  it('reads booleans as TRUE/FALSE, Ya/Tidak or 1/0', () => {
    expect(policyFromSettings([['require_dtsen', 'TIDAK']]).requireDtsen).toBe(false);
    expect(policyFromSettings([['require_dtsen', 1]]).requireDtsen).toBe(true);
    expect(policyFromSettings([['require_dtsen', 'yes']]).requireDtsen).toBe(true);
  });

  it('names the unknown setting and lists the known ones', () => {
    const error = thrown(() => policyFromSettings([['min_umur', 18]]));
    expect(error.message).toMatch(/Unknown policy setting "min_umur" on row 1/);
    expect(error.message).toMatch(/min_age, max_age, max_desil/);
  });

  it.each([
    ['min_age', 17.5, /min_age must be a whole number from 0 to 130/],
    ['max_age', 'enam puluh', /max_age must be a whole number/],
    ['max_desil', 11, /max_desil must be a whole number from 1 to 10/],
    ['max_desil', '0', /max_desil must be a whole number from 1 to 10/],
    ['village_quota', -3, /village_quota must be a whole number from 1/],
    ['require_dtsen', 'mungkin', /require_dtsen must be TRUE or FALSE/],
    ['regency', '6203011', /regency must be a 4-digit Kemendagri regency code/],
    ['regency', true, /regency/],
  ])('refuses %s = %s, naming the setting', (name, value, message) => {
    const error = thrown(() => policyFromSettings([[name, value]]));
    expect(error.field).toBe(name);
    expect(error.message).toMatch(message);
  });

  it('refuses a setting given twice, an age window upside down, and ranges of the wrong shape', () => {
    expect(
      thrown(() =>
        policyFromSettings([
          ['min_age', 18],
          ['MIN AGE', 20],
        ]),
      ).message,
    ).toMatch(/given twice/);
    expect(
      thrown(() =>
        policyFromSettings([
          ['min_age', 40],
          ['max_age', 30],
        ]),
      ).field,
    ).toBe('min_age');
    expect(thrown(() => policyFromSettings([['min_age', 18, 'extra']])).message).toMatch(/two columns/);
    expect(thrown(() => policyFromSettings([['min_age'], ['max_age']])).message).toMatch(/two columns/);
    expect(thrown(() => policyFromSettings('min_age' as never)).message).toMatch(/two-column range/);
    expect(thrown(() => policyFromSettings([5 as never])).message).toMatch(/row 1/);
  });
});

describe('policySettingName', () => {
  it('gives the canonical name of a setting however it is typed, and undefined for no setting', () => {
    expect(policySettingName('max_desil')).toBe('max_desil');
    expect(policySettingName('Max Decile')).toBe('max_desil');
    expect(policySettingName('KUOTA DESA')).toBe('village_quota');
    expect(policySettingName('kabupaten')).toBe('regency');
    expect(policySettingName('umur')).toBeUndefined();
    expect(policySettingName(18)).toBeUndefined();
  });
});
