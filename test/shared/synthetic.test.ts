import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_DEFECT_SHARES,
  ROSTER_HEADERS,
  SYNTHETIC_DEFECTS,
  createRandom,
  syntheticRoster,
  syntheticRosterValues,
} from '../support/synthetic';
import type { SyntheticDefect } from '../support/synthetic';
import { checkNik } from '../../shared/nik';
import type { NikCheck, Sex } from '../../shared/nik';
import { DISTRICTS, districtsOf } from '../../shared/regions';
import { ageOn, excelSerialToIsoDate } from '../../shared/calendar';
import { InputError } from '../../shared/errors';

const WAGE_CATEGORIES = ['Perangkat Desa', 'BPD', 'RT/RW', 'Non-ASN'];

interface Row {
  nik: unknown;
  name: unknown;
  birthDate: string;
  sex: Sex;
  village: string;
  district: string;
  occupation: string;
  category: string;
  decile: unknown;
}

function rowsOf(values: unknown[][]): Row[] {
  return values.slice(1).map(([nik, name, serial, sex, village, district, occupation, category, decile]) => ({
    nik,
    name,
    birthDate: excelSerialToIsoDate(serial as number),
    sex: sex as Sex,
    village: village as string,
    district: district as string,
    occupation: occupation as string,
    category: category as string,
    decile,
  }));
}

function codes(result: NikCheck): string[] {
  return result.ok ? result.warnings.map((w) => w.code) : result.issues.map((i) => i.code);
}

function nikAgainstRow(row: Row, regency = '6203'): NikCheck {
  return checkNik(row.nik, { regency, statedBirthDate: row.birthDate, statedSex: row.sex });
}

describe('the seeded generator', () => {
  it('mulberry32 gives the same sequence for the same seed, floats in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
    expect(() => createRandom(1.5)).toThrow(InputError);
  });

  it('int draws both ends of its range and nothing outside it', () => {
    const r = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('syntheticRoster', () => {
  it('is the same roster for the same seed, and another for another seed', () => {
    const a = syntheticRoster({ rows: 300, seed: 11 });
    expect(syntheticRoster({ rows: 300, seed: 11 })).toEqual(a);
    expect(syntheticRosterValues({ rows: 300, seed: 11 })).toEqual(a.values);
    expect(syntheticRoster({ rows: 300, seed: 12 }).values).not.toEqual(a.values);
  });

  it('has the Indonesian header row and cells shaped as Excel hands them over', () => {
    const { values, defects } = syntheticRoster({ rows: 500, seed: 3 });
    expect(values[0]).toEqual([...ROSTER_HEADERS]);
    expect(values).toHaveLength(501);
    expect(defects).toHaveLength(500);
    // Collected, then asserted once: thousands of expect() calls would only slow the suite down.
    const wrong = values.slice(1).filter((cells, i) => {
      const decile = cells[8];
      return !(
        cells.length === 9 &&
        typeof cells[0] === (defects[i] === 'nikAsNumber' ? 'number' : 'string') &&
        Number.isInteger(cells[2]) && // an Excel date serial
        (cells[3] === 'L' || cells[3] === 'P') &&
        (decile === '' || (Number.isInteger(decile) && (decile as number) >= 1 && (decile as number) <= 10))
      );
    });
    expect(wrong).toEqual([]);
  });

  it('makes clean rows that pass every NIK rule with no warnings, in the chosen regency', () => {
    const { values, defects } = syntheticRoster({ rows: 1000, seed: 5 });
    const districtNames = new Map(districtsOf('6203').map((d) => [d.name, d.code]));
    let clean = 0;
    const problems: string[] = [];
    rowsOf(values).forEach((row, i) => {
      if (defects[i] !== null) return;
      clean += 1;
      const result = nikAgainstRow(row);
      const age = ageOn(row.birthDate, '2026-01-01');
      const ok =
        result.ok &&
        result.warnings.length === 0 &&
        // The NIK's district is the Kecamatan column's, and its birth date and sex are the row's.
        result.parts.district === districtNames.get(row.district) &&
        result.parts.birthDate === row.birthDate &&
        result.parts.sex === row.sex &&
        age >= 18 &&
        age <= 65 &&
        row.category === 'Pekerja Rentan' &&
        typeof row.decile === 'number' &&
        row.decile >= 1 &&
        row.decile <= 4 &&
        typeof row.name === 'string' &&
        row.name.length > 0;
      if (!ok) problems.push(`row ${i}: ${JSON.stringify(row)} → ${codes(result).join(',')}`);
    });
    expect(problems).toEqual([]);
    // The default mix spoils about 22% of rows (DEFAULT_DEFECT_SHARES sums to 0.222).
    expect(clean).toBe(1000 - 222);
  });

  it('gives every clean row its own NIK', () => {
    const { values, defects } = syntheticRoster({ rows: 5000, seed: 9, defects: {} });
    expect(defects.every((d) => d === null)).toBe(true);
    expect(new Set(values.slice(1).map((r) => r[0])).size).toBe(5000);
  });

  it('gives each defect the share of rows asked for', () => {
    // 0.04 × 2000 = 80 rows each; duplicateNik may lose a row only if drawn before any clean row.
    const shares = Object.fromEntries(SYNTHETIC_DEFECTS.map((d) => [d, 0.04])) as Record<
      SyntheticDefect,
      number
    >;
    const { defects } = syntheticRoster({ rows: 2000, seed: 21, defects: shares });
    for (const d of SYNTHETIC_DEFECTS) {
      const count = defects.filter((x) => x === d).length;
      expect(count, d).toBeGreaterThanOrEqual(79);
      expect(count, d).toBeLessThanOrEqual(80);
    }
    // 12 × 80 = 960 spoilt rows, 1040 clean ones.
    expect(defects.filter((x) => x === null).length).toBeGreaterThanOrEqual(1040);
  });

  it('uses the default mix when no defects are given', () => {
    const { defects } = syntheticRoster({ rows: 10_000, seed: 2 });
    for (const d of SYNTHETIC_DEFECTS) {
      const expected = DEFAULT_DEFECT_SHARES[d] * 10_000; // e.g. highDecile 0.05 × 10,000 = 500
      expect(Math.abs(defects.filter((x) => x === d).length - expected), d).toBeLessThanOrEqual(1);
    }
  });

  it('seeds each defect so that exactly its own finding shows', () => {
    const shares = Object.fromEntries(SYNTHETIC_DEFECTS.map((d) => [d, 0.05])) as Record<
      SyntheticDefect,
      number
    >;
    const { values, defects } = syntheticRoster({ rows: 1200, seed: 77, defects: shares });
    const rows = rowsOf(values);
    const firstRowOfNik = new Map<unknown, number>();
    // Which NIK findings each defect should give; every other defect gives none.
    const nikCodes: Partial<Record<SyntheticDefect, string[]>> = {
      nikAsNumber: ['NIK_PRECISION_LOST'],
      badNikDate: ['NIK_DATE_INVALID'],
      unknownProvince: ['NIK_PROVINCE_UNKNOWN'],
      otherRegency: ['NIK_REGION_MISMATCH'],
      sexMismatch: ['NIK_SEX_MISMATCH'],
    };
    const problems: string[] = [];
    rows.forEach((row, i) => {
      const defect = defects[i] ?? null;
      const earlier = firstRowOfNik.get(row.nik);
      if (earlier === undefined) firstRowOfNik.set(row.nik, i);
      const age = ageOn(row.birthDate, '2026-01-01');
      const found = {
        nik: codes(nikAgainstRow(row)).join(','),
        duplicateNik: earlier !== undefined,
        underage: age < 18,
        overage: age > 65,
        wageEarner: WAGE_CATEGORIES.includes(row.category),
        notInDtsen: row.decile === '',
        highDecile: typeof row.decile === 'number' && row.decile > 4,
        missingName: row.name === '',
      };
      const expected = {
        nik: (defect === null ? [] : (nikCodes[defect] ?? [])).join(','),
        duplicateNik: defect === 'duplicateNik',
        underage: defect === 'underage',
        overage: defect === 'overage',
        wageEarner: defect === 'wageEarner',
        notInDtsen: defect === 'notInDtsen',
        highDecile: defect === 'highDecile',
        missingName: defect === 'missingName',
      };
      if (JSON.stringify(found) !== JSON.stringify(expected)) {
        problems.push(`row ${i} (${defect}): ${JSON.stringify(found)}`);
      }
    });
    expect(problems).toEqual([]);
    // Every defect occurred: 0.05 × 1200 = 60 rows each.
    for (const d of SYNTHETIC_DEFECTS)
      expect(defects.filter((x) => x === d).length, d).toBeGreaterThanOrEqual(59);
  });

  it('a NIK typed as a number has lost its last digit the way Excel loses it', () => {
    const { values, defects } = syntheticRoster({ rows: 200, seed: 4, defects: { nikAsNumber: 0.5 } });
    values.slice(1).forEach((cells, i) => {
      if (defects[i] !== 'nikAsNumber') return;
      const n = cells[0] as number;
      expect(n % 10).toBe(0); // 15 significant digits kept, the 16th reads 0
      expect(String(n)).toHaveLength(16);
    });
  });

  it('spreads the rows over the number of villages asked for, all in the regency', () => {
    const { values } = syntheticRoster({ rows: 600, seed: 8, regency: '62.05', villages: 12 });
    const rows = rowsOf(values);
    const villages = new Set(rows.map((r) => `${r.district}|${r.village}`));
    expect(villages.size).toBe(12);
    const tabled = new Set(
      Object.values(DISTRICTS)
        .filter((d) => d.regency === '6205')
        .flatMap((d) => d.villages.map((v) => `${d.name}|${v}`)),
    );
    for (const v of villages) expect(tabled.has(v)).toBe(true);
  });

  it('works for a Kalimantan Barat regency, with NIKs of that regency', () => {
    const { values, defects } = syntheticRoster({ rows: 200, seed: 1, regency: '6106', defects: {} });
    expect(defects.every((d) => d === null)).toBe(true);
    for (const row of rowsOf(values)) {
      expect(nikAgainstRow(row, '6106')).toMatchObject({
        ok: true,
        warnings: [],
        parts: { regency: '6106' },
      });
    }
  });

  it('computes ages against asOf', () => {
    const { values } = syntheticRoster({ rows: 300, seed: 6, asOf: '2030-07-01', defects: {} });
    for (const row of rowsOf(values)) {
      const age = ageOn(row.birthDate, '2030-07-01');
      expect(age >= 18 && age <= 65).toBe(true);
    }
  });

  it('makes an empty roster (headers only) for zero rows', () => {
    expect(syntheticRosterValues({ rows: 0, seed: 1 })).toEqual([[...ROSTER_HEADERS]]);
  });

  it('refuses impossible options with a message saying what to fix', () => {
    expect(() => syntheticRoster({ rows: -1, seed: 1 })).toThrow(/rows must be at least 0/);
    expect(() => syntheticRoster({ rows: 2.5, seed: 1 })).toThrow(/whole number/);
    expect(() => syntheticRoster({ rows: 10, seed: 'x' as unknown as number })).toThrow(/seed/);
    expect(() => syntheticRoster({ rows: 10, seed: 1, regency: '6201' })).toThrow(
      /districts and villages are tabled/,
    );
    expect(() => syntheticRoster({ rows: 10, seed: 1, regency: 'Kapuas' })).toThrow(InputError);
    expect(() => syntheticRoster({ rows: 10, seed: 1, villages: 0 })).toThrow(/villages must be at least 1/);
    expect(() => syntheticRoster({ rows: 10, seed: 1, villages: 100_000 })).toThrow(/tabled villages/);
    expect(() => syntheticRoster({ rows: 10, seed: 1, asOf: '2026-02-30' })).toThrow(
      /not a real calendar day/,
    );
    expect(() => syntheticRoster({ rows: 10, seed: 1, defects: { typo: 0.1 } as never })).toThrow(
      /Unknown defect/,
    );
    expect(() => syntheticRoster({ rows: 10, seed: 1, defects: { underage: 1.5 } })).toThrow(/from 0 to 1/);
    expect(() => syntheticRoster({ rows: 10, seed: 1, defects: { underage: 0.6, overage: 0.6 } })).toThrow(
      /at most 1/,
    );
  });

  it('always accounts for every row, whatever the seed and shares (property)', () => {
    const shares = fc.dictionary(
      fc.constantFrom(...SYNTHETIC_DEFECTS),
      fc.double({ min: 0, max: 0.08, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 60 }), shares, (seed, rowCount, defects) => {
        const { values, defects: marks } = syntheticRoster({ rows: rowCount, seed, defects });
        expect(values).toHaveLength(rowCount + 1);
        expect(marks).toHaveLength(rowCount);
        rowsOf(values).forEach((row, i) => {
          if (marks[i] === null) expect(nikAgainstRow(row)).toMatchObject({ ok: true, warnings: [] });
        });
      }),
      { numRuns: 50 },
    );
  });
});
