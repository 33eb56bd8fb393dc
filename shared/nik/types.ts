/** The shapes a NIK check returns (domain.md §3). */
import type { IsoDate } from '../calendar';
import type { ReasonCode, ReasonParams } from '../reasons';

/** Sex as rosters write it: L (laki-laki, male) or P (perempuan, female). */
export type Sex = 'L' | 'P';

/** What a valid NIK says about its holder. */
export interface NikParts {
  /** The 16 digits. */
  nik: string;
  /** 2-digit province code (where the NIK was first issued). */
  province: string;
  /** 4-digit regency/city code. */
  regency: string;
  /** 6-digit district (kecamatan) code. */
  district: string;
  /** Birth date with the century resolved (see ./century). */
  birthDate: IsoDate;
  /** P when the day is written +40. */
  sex: Sex;
  /** 4-digit serial, 0001–9999. */
  serial: string;
}

export interface NikIssue {
  code: ReasonCode;
  params?: ReasonParams;
}

export type NikCheck =
  /** Valid; warnings are NIK_REGION_MISMATCH, NIK_BIRTHDATE_MISMATCH, NIK_SEX_MISMATCH. */
  | { ok: true; parts: NikParts; warnings: NikIssue[] }
  /**
   * Rejected with NIK_MISSING, NIK_PRECISION_LOST, NIK_NOT_DIGITS, NIK_LENGTH, NIK_PROVINCE_UNKNOWN,
   * NIK_DATE_INVALID and/or NIK_SERIAL_ZERO. `digits` is what was read after stripping separators,
   * when it was only digits, so a person can see what the cell held.
   */
  | { ok: false; issues: NikIssue[]; digits?: string };

/** What the roster row and the programme say, to compare the NIK with. */
export interface NikContext {
  /** Programme regency, 4-digit Kemendagri code ('6203' or '62.03'): a mismatch is a warning only. */
  regency?: string;
  /** Birth date from the roster row: resolves the century; a mismatch is a warning. */
  statedBirthDate?: IsoDate;
  /** Sex from the roster row: a mismatch is a warning. */
  statedSex?: Sex;
  /** The date the roster is checked for (e.g. coverage start): resolves the century when no birth date is stated. */
  asOf?: IsoDate;
}
