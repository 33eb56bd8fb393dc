import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors';
import {
  DEFAULT_POLICY,
  checkRoster,
  summariseVerdicts,
  type EligibilityPolicy,
  type RowVerdict,
} from '../../shared/eligibility';
import { composeNik } from '../../shared/nik';
import { REASONS, REASON_CODES, reasonText } from '../../shared/reasons';
import { emptyRow, readRoster, type RosterRow } from '../../shared/roster';

// Coverage starts 1 January 2026 in every test here.
const AS_OF = '2026-01-01';
const ctx = { asOf: AS_OF };

// NIK of a woman born 12 May 1980 in Kec. Selat, Kapuas (62.03.01): day 12 + 40 = 52.
const SITI = '6203015205800001';
// A man born 10 May 1980, same district.
const BUDI = '6203011005800002';

function nik(birthDate: string, sex: 'L' | 'P' = 'L', serial = 1, district = '620301'): string {
  return composeNik({ district, birthDate, sex, serial });
}

function row(overrides: Partial<RosterRow> = {}): RosterRow {
  return {
    ...emptyRow(),
    nik: SITI,
    name: 'Siti Aminah',
    village: 'Selat Hilir',
    district: 'Selat',
    ...overrides,
  };
}

function policy(overrides: Partial<EligibilityPolicy> = {}): EligibilityPolicy {
  return { ...DEFAULT_POLICY, ...overrides };
}

function codes(v: RowVerdict): string[] {
  return v.reasons.map((r) => r.code);
}

describe('checkRoster: a clean row', () => {
  it('is eligible, carries its 16 digits and no findings', () => {
    // Siti is 45 on 2026-01-01 (born 1980-05-12), inside 18–65.
    expect(checkRoster([row()], DEFAULT_POLICY, ctx)).toEqual([
      { row: 1, status: 'eligible', reasons: [], warnings: [], nik: SITI },
    ]);
  });
});

describe('checkRoster: NIK', () => {
  it('rejects a missing, short, non-digit or precision-lost NIK with the NIK reason', () => {
    const verdicts = checkRoster(
      [
        row({ nik: null }),
        row({ nik: '62030152058000' }),
        row({ nik: '6203O15205800001' }),
        row({ nik: 6203015205800000 }),
      ],
      DEFAULT_POLICY,
      ctx,
    );
    expect(verdicts.map((v) => v.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(verdicts.map(codes)).toEqual([
      ['NIK_MISSING'],
      ['NIK_LENGTH'],
      ['NIK_NOT_DIGITS'],
      ['NIK_PRECISION_LOST'],
    ]);
    expect(verdicts[1]!.reasons[0]!.params).toEqual({ length: 14 });
    expect(verdicts.every((v) => v.nik === undefined)).toBe(true);
  });

  it('rejects an impossible date inside the NIK', () => {
    // Day 32 is neither a man's (1–31) nor a woman's (41–71) day.
    expect(codes(checkRoster([row({ nik: '6203013205800001' })], DEFAULT_POLICY, ctx)[0]!)).toEqual([
      'NIK_DATE_INVALID',
    ]);
  });
});

describe('checkRoster: duplicates', () => {
  it('keeps the first occurrence as judged and points later ones at it', () => {
    const verdicts = checkRoster(
      [row(), row({ nik: BUDI, name: 'Budi' }), row(), row({ nik: ` ${SITI} ` })],
      DEFAULT_POLICY,
      ctx,
    );
    expect(verdicts.map((v) => v.status)).toEqual(['eligible', 'eligible', 'rejected', 'rejected']);
    expect(verdicts[2]).toMatchObject({
      reasons: [{ code: 'NIK_DUPLICATE', params: { firstRow: 1 } }],
      duplicateOf: 1,
    });
    expect(verdicts[3]).toMatchObject({ duplicateOf: 1 });
    expect(verdicts[0]!.duplicateOf).toBeUndefined();
  });

  it('finds a NIK written with separators as the same person', () => {
    const verdicts = checkRoster([row(), row({ nik: '62.0301.520580.0001' })], DEFAULT_POLICY, ctx);
    expect(verdicts[1]).toMatchObject({ status: 'rejected', duplicateOf: 1 });
  });

  it('a duplicate of a rejected first row is rejected for its own reasons and the duplicate', () => {
    const young = nik('2012-03-04'); // 13 on 2026-01-01
    const verdicts = checkRoster([row({ nik: young }), row({ nik: young })], DEFAULT_POLICY, ctx);
    expect(codes(verdicts[0]!)).toEqual(['AGE_BELOW_MIN']);
    expect(codes(verdicts[1]!)).toEqual(['NIK_DUPLICATE', 'AGE_BELOW_MIN']);
  });

  it('a repeated invalid NIK is still reported as a duplicate (compared on its digits)', () => {
    const bad = '6203013205800001'; // day 32
    const verdicts = checkRoster([row({ nik: bad }), row({ nik: bad })], DEFAULT_POLICY, ctx);
    expect(codes(verdicts[0]!)).toEqual(['NIK_DATE_INVALID']);
    expect(codes(verdicts[1]!)).toEqual(['NIK_DATE_INVALID', 'NIK_DUPLICATE']);
    expect(verdicts[1]!.duplicateOf).toBe(1);
  });

  it('never calls two empty NIKs duplicates', () => {
    const verdicts = checkRoster([row({ nik: null }), row({ nik: null })], DEFAULT_POLICY, ctx);
    expect(verdicts.map(codes)).toEqual([['NIK_MISSING'], ['NIK_MISSING']]);
  });
});

describe('checkRoster: age at coverage start', () => {
  it('accepts exactly 18 and exactly 65, rejects 17 and 66', () => {
    // Born 2008-01-01: 18 on 2026-01-01. Born 2008-01-02: still 17. Born 1961-01-01: 65. Born 1960-01-01: 66.
    const rows = ['2008-01-01', '2008-01-02', '1961-01-01', '1960-01-01'].map((d, i) =>
      row({ nik: nik(d, 'L', i + 1), birthDate: d }),
    );
    const verdicts = checkRoster(rows, DEFAULT_POLICY, ctx);
    expect(verdicts.map((v) => v.status)).toEqual(['eligible', 'rejected', 'eligible', 'rejected']);
    expect(verdicts[1]!.reasons).toEqual([{ code: 'AGE_BELOW_MIN', params: { age: 17, minAge: 18 } }]);
    expect(verdicts[3]!.reasons).toEqual([{ code: 'AGE_ABOVE_MAX', params: { age: 66, maxAge: 65 } }]);
  });

  it('calls a birth date after the coverage start impossible, not "too young" with a negative age', () => {
    const verdicts = checkRoster([row({ nik: SITI, birthDate: '2030-05-12' })], DEFAULT_POLICY, ctx);
    expect(verdicts[0]!.status).toBe('rejected');
    expect(verdicts[0]!.reasons).toContainEqual({
      code: 'BIRTHDATE_AFTER_START',
      params: { birthDate: '2030-05-12', asOf: AS_OF },
    });
    expect(codes(verdicts[0]!)).not.toContain('AGE_BELOW_MIN');
  });

  it("uses the NIK's birth date when the roster has none", () => {
    // NIK born 2010-06-15: 15 on 2026-01-01.
    const verdicts = checkRoster([row({ nik: nik('2010-06-15') })], DEFAULT_POLICY, ctx);
    expect(verdicts[0]!.reasons).toEqual([{ code: 'AGE_BELOW_MIN', params: { age: 15, minAge: 18 } }]);
  });

  it("prefers the roster's birth date and warns when the NIK disagrees", () => {
    // Roster says 2009-05-12 (16 on 2026-01-01); Siti's NIK says 1980-05-12 (45).
    const [v] = checkRoster([row({ birthDate: '2009-05-12' })], DEFAULT_POLICY, ctx);
    expect(v!.reasons).toEqual([{ code: 'AGE_BELOW_MIN', params: { age: 16, minAge: 18 } }]);
    expect(v!.warnings.map((w) => w.code)).toEqual(['NIK_BIRTHDATE_MISMATCH']);
  });

  it('follows the policy window', () => {
    const [v] = checkRoster([row()], policy({ minAge: 50, maxAge: 60 }), ctx);
    expect(v!.reasons).toEqual([{ code: 'AGE_BELOW_MIN', params: { age: 45, minAge: 50 } }]);
  });
});

describe('checkRoster: other rules', () => {
  it('rejects an empty name', () => {
    expect(codes(checkRoster([row({ name: null })], DEFAULT_POLICY, ctx)[0]!)).toEqual(['NAME_MISSING']);
  });

  it('rejects wage-earner categories, matched without regard to case or punctuation', () => {
    const verdicts = checkRoster(
      [
        row({ category: 'non asn' }),
        row({ nik: BUDI, category: 'rt / rw' }),
        row({ nik: nik('1990-01-01'), category: 'Pekerja Rentan' }),
      ],
      DEFAULT_POLICY,
      ctx,
    );
    expect(verdicts[0]!.reasons).toEqual([{ code: 'WAGE_EARNER', params: { category: 'non asn' } }]);
    expect(codes(verdicts[1]!)).toEqual(['WAGE_EARNER']);
    expect(verdicts[2]!.status).toBe('eligible');
    // The categories are a setting: with none listed, nobody is a wage earner.
    expect(
      checkRoster([row({ category: 'Non-ASN' })], policy({ wageEarnerCategories: [] }), ctx)[0]!.status,
    ).toBe('eligible');
  });

  it('requires DTSEN listing only when the policy says so', () => {
    const rows = [
      row({ nik: nik('1980-01-01', 'L', 1) }), // no decile, no DTSEN column: not listed
      row({ nik: nik('1980-01-01', 'L', 2), decile: 3 }), // a decile means listed
      row({ nik: nik('1980-01-01', 'L', 3), dtsen: true }), // listed, decile unknown
      row({ nik: nik('1980-01-01', 'L', 4), dtsen: false, decile: 3 }), // an explicit "no" wins
    ];
    expect(checkRoster(rows, policy({ requireDtsen: true }), ctx).map(codes)).toEqual([
      ['NOT_IN_DTSEN'],
      [],
      [],
      ['NOT_IN_DTSEN'],
    ]);
    expect(checkRoster(rows, DEFAULT_POLICY, ctx).every((v) => v.status === 'eligible')).toBe(true);
  });

  it('rejects deciles above the limit and lets empty deciles through', () => {
    const rows = [4, 5, null].map((decile, i) => row({ nik: nik('1980-01-01', 'L', i + 1), decile }));
    const verdicts = checkRoster(rows, policy({ maxDecile: 4 }), ctx);
    expect(verdicts.map((v) => v.status)).toEqual(['eligible', 'rejected', 'eligible']);
    expect(verdicts[1]!.reasons).toEqual([{ code: 'DECILE_ABOVE_MAX', params: { decile: 5, maxDecile: 4 } }]);
  });

  it('rejects workers who are already active participants', () => {
    const verdicts = checkRoster([row(), row({ nik: BUDI })], DEFAULT_POLICY, {
      asOf: AS_OF,
      activeNiks: new Set([BUDI]),
    });
    expect(verdicts.map(codes)).toEqual([[], ['ALREADY_ACTIVE']]);
  });

  it('lists every reason that applies, not just the first', () => {
    const [v] = checkRoster(
      [row({ nik: nik('2012-02-02'), name: null, category: 'BPD', decile: 9 })],
      policy({ maxDecile: 4, requireDtsen: true }),
      ctx,
    );
    expect(codes(v!)).toEqual(['NAME_MISSING', 'AGE_BELOW_MIN', 'WAGE_EARNER', 'DECILE_ABOVE_MAX']);
  });
});

describe('checkRoster: warnings only', () => {
  it('keeps a row eligible when its NIK is from another regency or its sex column disagrees', () => {
    const [v] = checkRoster([row({ sex: 'L' })], policy({ regency: '6205' }), ctx);
    expect(v!.status).toBe('eligible');
    expect(v!.warnings.map((w) => w.code).sort()).toEqual(['NIK_REGION_MISMATCH', 'NIK_SEX_MISMATCH']);
    expect(v!.reasons).toEqual([]);
  });

  it('gives no region warning for the programme regency', () => {
    expect(checkRoster([row()], policy({ regency: '6203' }), ctx)[0]!.warnings).toEqual([]);
  });
});

describe('checkRoster: village quota', () => {
  it('keeps the best quota per village by decile, empty decile last, then roster order', () => {
    const rows = [
      row({ nik: nik('1980-01-01', 'L', 1), village: 'Selat Hilir', decile: 3 }), // 1
      row({ nik: nik('1980-01-01', 'L', 2), village: 'Selat Hilir', decile: 1 }), // 2
      row({ nik: nik('1980-01-01', 'L', 3), village: 'Selat Hilir', decile: null }), // 3
      row({ nik: nik('1980-01-01', 'L', 4), village: 'SELAT  HILIR', decile: 1 }), // 4: same village, other spelling
      row({ nik: nik('2012-01-01', 'L', 5), village: 'Selat Hilir', decile: 1 }), // 5: underage, not counted
      row({ nik: nik('1980-01-01', 'L', 6), village: 'Pulau Telo', decile: 4 }), // 6: another village
    ];
    const verdicts = checkRoster(rows, policy({ villageQuota: 2 }), ctx);
    // Eligible in Selat Hilir before the quota: rows 1 (d3), 2 (d1), 3 (none), 4 (d1).
    // Ranked: 2 (d1), 4 (d1, later), 1 (d3), 3 (none) → keep 2 and 4, waitlist 1 and 3.
    expect(verdicts.map((v) => v.status)).toEqual([
      'waitlisted',
      'eligible',
      'waitlisted',
      'eligible',
      'rejected',
      'eligible',
    ]);
    expect(verdicts[0]!.reasons).toEqual([
      { code: 'QUOTA_EXCEEDED', params: { village: 'Selat Hilir', quota: 2 } },
    ]);
  });

  it('breaks ties by roster order', () => {
    const rows = [1, 2, 3, 4].map((s) => row({ nik: nik('1980-01-01', 'L', s), decile: 2 }));
    expect(checkRoster(rows, policy({ villageQuota: 3 }), ctx).map((v) => v.status)).toEqual([
      'eligible',
      'eligible',
      'eligible',
      'waitlisted',
    ]);
  });

  it('counts a village name in two districts as two villages', () => {
    const rows = [
      row({ nik: nik('1980-01-01', 'L', 1), village: 'Sei Pitung', district: 'Kapuas Murung' }),
      row({ nik: nik('1980-01-01', 'L', 2), village: 'Sei Pitung', district: 'Kapuas Barat' }),
    ];
    expect(checkRoster(rows, policy({ villageQuota: 1 }), ctx).map((v) => v.status)).toEqual([
      'eligible',
      'eligible',
    ]);
  });

  it('rejects rows without a village when a quota is set, and only then', () => {
    expect(codes(checkRoster([row({ village: null })], policy({ villageQuota: 5 }), ctx)[0]!)).toEqual([
      'VILLAGE_MISSING',
    ]);
    expect(checkRoster([row({ village: null })], DEFAULT_POLICY, ctx)[0]!.status).toBe('eligible');
  });
});

describe('checkRoster with readRoster', () => {
  it('marks blank rows blank and turns unreadable cells into reasons or warnings by severity', () => {
    const read = readRoster([
      ['NIK', 'Nama', 'Tanggal Lahir', 'JK', 'Desa'],
      [SITI, 'Siti', '30/02/1980', 'P', 'Selat Hilir'],
      [null, '', 0, '', null],
      [BUDI, 'Budi', '10/05/1980', 'cowok', 'Selat Hilir'],
    ]);
    const verdicts = checkRoster(read.rows, DEFAULT_POLICY, ctx, read.blank, read.problems);
    expect(verdicts[0]).toMatchObject({ status: 'rejected', reasons: [{ code: 'BIRTHDATE_INVALID' }] });
    expect(verdicts[1]).toEqual({ row: 2, status: 'blank', reasons: [], warnings: [] });
    expect(verdicts[2]).toMatchObject({
      status: 'eligible',
      warnings: [{ code: 'SEX_INVALID', params: { value: '"cowok"' } }],
    });
  });
});

describe('checkRoster: arguments', () => {
  it('says what to fix', () => {
    expect(() => checkRoster([row()], DEFAULT_POLICY, { asOf: '2026-13-01' })).toThrow(InputError);
    expect(() => checkRoster([row()], DEFAULT_POLICY, { asOf: 46023 as never })).toThrow(/YYYY-MM-DD/);
    expect(() => checkRoster([row()], DEFAULT_POLICY, undefined as never)).toThrow(/coverage start/);
    expect(() => checkRoster([row()], policy({ minAge: 70 }), ctx)).toThrow(/minAge/);
    expect(() => checkRoster([row()], policy({ regency: '62.03' }), ctx)).toThrow(/regency/);
    expect(() => checkRoster([row()], policy({ villageQuota: 0 }), ctx)).toThrow(/villageQuota/);
    expect(() => checkRoster([row()], DEFAULT_POLICY, ctx, [])).toThrow(/one entry per row/);
    expect(() => checkRoster('rows' as never, DEFAULT_POLICY, ctx)).toThrow(/list of roster rows/);
    expect(() => checkRoster([row()], DEFAULT_POLICY, { asOf: AS_OF, activeNiks: [SITI] as never })).toThrow(
      /activeNiks must be a Set/,
    );
  });
});

describe('summariseVerdicts', () => {
  it('counts statuses and rows per code', () => {
    const rows = [row(), row(), row({ nik: null, name: null }), row({ nik: BUDI, sex: 'P' })];
    const verdicts = checkRoster(rows, DEFAULT_POLICY, ctx, [false, false, false, false]);
    expect(summariseVerdicts([...verdicts, { row: 5, status: 'blank', reasons: [], warnings: [] }])).toEqual({
      eligible: 2,
      waitlisted: 0,
      rejected: 2,
      blank: 1,
      byReason: { NIK_DUPLICATE: 1, NIK_MISSING: 1, NAME_MISSING: 1, NIK_SEX_MISMATCH: 1 },
    });
    expect(() => summariseVerdicts(null as never)).toThrow(InputError);
  });
});

describe('reason sentences', () => {
  it.each(REASON_CODES.map((c) => [c]))(
    '%s has an Indonesian and an English sentence with the same placeholders',
    (code) => {
      const { id, en } = REASONS[code];
      expect(id.trim().length).toBeGreaterThan(5);
      expect(en.trim().length).toBeGreaterThan(5);
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(id)).toEqual(holes(en));
    },
  );

  it('fills a verdict into both sentences', () => {
    const [, dup] = checkRoster([row(), row()], DEFAULT_POLICY, ctx);
    const finding = dup!.reasons[0]!;
    expect(reasonText(finding.code, 'id', finding.params)).toBe('NIK ganda: sudah tercantum pada baris 1.');
    expect(reasonText(finding.code, 'en', finding.params)).toBe('Duplicate NIK: already listed on row 1.');
  });
});
