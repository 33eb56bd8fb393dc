/**
 * Synthetic rosters: realistic, reproducible rows for tests, benchmarks and the demo, shaped the
 * way Excel hands a range to a custom function, with a controlled share of each defect.
 */
import { civilFromDays, parseIsoDate, type IsoDate } from '../../../shared/calendar';
import { InputError, describe, requireWholeNumber } from '../../../shared/errors';
import type { Sex } from '../../../shared/nik';
import { PROVINCES, REGENCIES, compactRegionCode, districtsOf } from '../../../shared/regions';
import { DEFAULT_DEFECT_SHARES, planDefects, requireDefectShares, type SyntheticDefect } from './defects';
import { personName } from './people';
import { createRandom, type Random } from './random';
import { NON_WAGE_CATEGORY, pickOccupation, pickWageCategory } from './work';

export interface SyntheticRosterOptions {
  rows: number;
  seed: number;
  /** 4-digit Kemendagri code of a regency whose districts are tabled; default '6203' (Kapuas). */
  regency?: string;
  /** How many villages the rows are spread over, default 20. */
  villages?: number;
  /** Ages are computed on this day; default '2026-01-01'. */
  asOf?: IsoDate;
  /** Share of rows (0..1) given each defect; default DEFAULT_DEFECT_SHARES; {} for none. */
  defects?: Partial<Record<SyntheticDefect, number>>;
}

/** The header row, in Indonesian as Dinas Sosial rosters write it. */
export const ROSTER_HEADERS: readonly string[] = Object.freeze([
  'NIK',
  'Nama',
  'Tanggal Lahir',
  'Jenis Kelamin',
  'Desa/Kelurahan',
  'Kecamatan',
  'Pekerjaan',
  'Kategori',
  'Desil',
]);

const MAX_ROWS = 1_000_000;
const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (valid for dates after 1900-02-28, which every birth date here is). */
const EXCEL_UNIX_EPOCH = 25569;
/** Province codes that do not exist, for the unknownProvince defect (97 is a BPS-only code). */
const UNKNOWN_PROVINCES = ['00', '10', '20', '39', '97', '99'];
/** Districts further away a worker may have moved from: Banjarmasin Selatan (63.71.01), Karang Pilang, Surabaya (35.78.01). */
const FAR_DISTRICTS = ['637101', '357801'];

interface Village {
  name: string;
  district: string;
  districtName: string;
}

interface Person {
  nik: string;
  name: string;
  birthDay: number; // days since 1970-01-01
  sex: Sex;
}

/** Whole days since 1970-01-01 of `years` before asOf (Date.UTC rolls 29 Feb into 1 Mar when needed). */
function yearsBefore(asOf: { year: number; month: number; day: number }, years: number): number {
  return Date.UTC(asOf.year - years, asOf.month - 1, asOf.day) / MS_PER_DAY;
}

function readOptions(options: SyntheticRosterOptions) {
  if (typeof options !== 'object' || options === null) {
    throw new InputError(
      'options',
      `options must be an object with rows and seed, got ${describe(options)}.`,
    );
  }
  const rows = requireWholeNumber('rows', options.rows, 0);
  if (rows > MAX_ROWS) throw new InputError('rows', `rows must be at most ${MAX_ROWS}, got ${rows}.`);
  const random = createRandom(options.seed);
  const regencyText = options.regency ?? '6203';
  if (typeof regencyText !== 'string') {
    throw new InputError(
      'regency',
      `regency must be a 4-digit code written as text, got ${describe(regencyText)}.`,
    );
  }
  const regency = compactRegionCode(regencyText);
  const districts = /^\d{4}$/.test(regency) ? districtsOf(regency) : [];
  if (districts.length === 0) {
    const tabled = [...new Set(Object.keys(REGENCIES).filter((r) => districtsOf(r).length > 0))].join(', ');
    throw new InputError(
      'regency',
      `Synthetic rosters need a regency whose districts and villages are tabled (${tabled}), got ${describe(regencyText)}.`,
    );
  }
  const available = districts.reduce((n, d) => n + d.villages.length, 0);
  const villages = requireWholeNumber('villages', options.villages ?? 20, 1);
  if (villages > available) {
    throw new InputError(
      'villages',
      `Regency ${regency} has ${available} tabled villages; villages must be at most that, got ${villages}.`,
    );
  }
  const asOfText = options.asOf ?? '2026-01-01';
  if (typeof asOfText !== 'string') {
    throw new InputError('asOf', `asOf must be a date written YYYY-MM-DD, got ${describe(asOfText)}.`);
  }
  const asOf = parseIsoDate('asOf', asOfText);
  const shares = requireDefectShares(options.defects ?? DEFAULT_DEFECT_SHARES);
  return { rows, random, regency, districts, villages, asOf, shares };
}

/** `count` villages of the regency, drawn at random and listed district by district. */
function chooseVillages(districts: ReturnType<typeof districtsOf>, count: number, random: Random): Village[] {
  const all: Village[] = districts.flatMap((d) =>
    d.villages.map((name) => ({ name, district: d.code, districtName: d.name })),
  );
  for (let i = all.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all
    .slice(0, count)
    .sort((a, b) => a.district.localeCompare(b.district) || a.name.localeCompare(b.name));
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/**
 * The NIK digits for a birth day and sex; `serial` is the first one tried and is bumped until the
 * NIK is unused, because real NIKs are unique and a chance collision would be an unplanned duplicate.
 */
function uniqueNik(district: string, birthDay: number, sex: Sex, serial: number, used: Set<string>): string {
  const { year, month, day } = civilFromDays(birthDay);
  const stem =
    district + TWO_DIGITS[day + (sex === 'P' ? 40 : 0)]! + TWO_DIGITS[month]! + TWO_DIGITS[year % 100]!;
  for (let k = 0; k < 9999; k++) {
    const s = ((serial - 1 + k) % 9999) + 1;
    const nik = stem + TWO_DIGITS[Math.floor(s / 100)]! + TWO_DIGITS[s % 100]!;
    if (!used.has(nik)) {
      used.add(nik);
      return nik;
    }
  }
  throw new InputError('rows', `Every serial of ${stem} is taken; use fewer rows.`);
}

/** Headers + rows as Excel hands a range to a custom function, and which defect each data row has. */
export function syntheticRoster(options: SyntheticRosterOptions): {
  values: unknown[][];
  defects: (SyntheticDefect | null)[];
} {
  const { rows, random, regency, districts, villages: villageCount, asOf, shares } = readOptions(options);
  const villages = chooseVillages(districts, villageCount, random);
  const plan = planDefects(rows, shares, random);
  const province = regency.slice(0, 2);
  const otherRegencies = [
    ...Object.keys(REGENCIES)
      .filter((r) => r !== regency)
      .map((r) => `${r}01`),
    ...FAR_DISTRICTS,
  ];
  const unknownProvinces = UNKNOWN_PROVINCES.filter((p) => !Object.hasOwn(PROVINCES, p));

  // Birth-day windows (days since 1970) for ages 18–65, 10–17 and 66–80 on asOf.
  const adult = [yearsBefore(asOf, 66) + 1, yearsBefore(asOf, 18)] as const;
  const young = [yearsBefore(asOf, 18) + 1, yearsBefore(asOf, 10)] as const;
  const old = [yearsBefore(asOf, 81) + 1, yearsBefore(asOf, 66)] as const;

  const used = new Set<string>();
  const cleanPeople: Person[] = [];
  const values: unknown[][] = [ROSTER_HEADERS.slice()];
  const defects: (SyntheticDefect | null)[] = new Array(rows);

  for (let i = 0; i < rows; i++) {
    // Villages compile their own lists, so a roster runs village by village in blocks.
    const village = villages[Math.floor((i * villages.length) / rows)]!;
    let defect = plan[i] ?? null;
    if (defect === 'duplicateNik' && cleanPeople.length === 0) defect = null; // nothing to repeat yet

    let person: Person;
    if (defect === 'duplicateNik') {
      person = random.pick(cleanPeople);
    } else {
      const sex: Sex = random.chance(0.5) ? 'L' : 'P';
      const window = defect === 'underage' ? young : defect === 'overage' ? old : adult;
      const birthDay = random.int(window[0], window[1]);
      const district =
        defect === 'otherRegency'
          ? random.pick(otherRegencies)
          : defect === 'unknownProvince'
            ? random.pick(unknownProvinces) + village.district.slice(2)
            : village.district;
      let nik = uniqueNik(district, birthDay, sex, random.int(1, 9999), used);
      if (defect === 'badNikDate') {
        // Day 32–39 or month 13: impossible for anyone, whatever the century.
        nik = random.chance(0.5)
          ? `${nik.slice(0, 6)}3${random.int(2, 9)}${nik.slice(8)}`
          : `${nik.slice(0, 8)}13${nik.slice(10)}`;
      }
      person = { nik, name: personName(random, sex, province), birthDay, sex };
      if (defect === null) cleanPeople.push(person);
    }

    const nikCell: string | number =
      defect === 'nikAsNumber' ? Math.round(Number(person.nik) / 10) * 10 : person.nik; // Excel keeps 15 digits
    const sexCell: Sex = defect === 'sexMismatch' ? (person.sex === 'L' ? 'P' : 'L') : person.sex;
    const decile =
      defect === 'notInDtsen' ? '' : defect === 'highDecile' ? random.int(5, 10) : random.int(1, 4);
    values.push([
      nikCell,
      defect === 'missingName' ? '' : person.name,
      person.birthDay + EXCEL_UNIX_EPOCH,
      sexCell,
      village.name,
      village.districtName,
      pickOccupation(random),
      defect === 'wageEarner' ? pickWageCategory(random) : NON_WAGE_CATEGORY,
      decile,
    ]);
    defects[i] = defect;
  }
  return { values, defects };
}

/** Headers + rows only (see syntheticRoster). */
export function syntheticRosterValues(options: SyntheticRosterOptions): unknown[][] {
  return syntheticRoster(options).values;
}
