/** Building a NIK from its parts: for test fixtures, synthetic rosters and examples in help text. */
import { parseIsoDate, type IsoDate } from '../calendar';
import { InputError, describe } from '../errors';
import type { Sex } from './types';

export interface NikRecipe {
  /** 6-digit district code (province + regency + kecamatan), e.g. '620301'. */
  district: string;
  birthDate: IsoDate;
  sex: Sex;
  /** 1–9999. */
  serial: number;
}

const DISTRICT = /^\d{6}$/;

/** The 16-digit NIK for these parts: women's birth day is written +40 (domain.md §3). */
export function composeNik(recipe: NikRecipe): string {
  const { district, birthDate, sex, serial } = recipe;
  if (typeof district !== 'string' || !DISTRICT.test(district)) {
    throw new InputError('district', `district must be 6 digits (e.g. '620301'), got ${describe(district)}.`);
  }
  const { year, month, day } = parseIsoDate('birthDate', birthDate);
  if (sex !== 'L' && sex !== 'P') {
    throw new InputError('sex', `sex must be 'L' or 'P', got ${describe(sex)}.`);
  }
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) {
    throw new InputError('serial', `serial must be a whole number from 1 to 9999, got ${describe(serial)}.`);
  }
  const dd = sex === 'P' ? day + 40 : day;
  return (
    district +
    String(dd).padStart(2, '0') +
    String(month).padStart(2, '0') +
    String(year % 100).padStart(2, '0') +
    String(serial).padStart(4, '0')
  );
}
