import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNik, composeNik } from '../../shared/nik';
import type { Sex } from '../../shared/nik';
import { REGENCIES } from '../../shared/regions';
import { formatIsoDate } from '../../shared/calendar';
import { propertyRuns } from '../support/property-runs';

const regencyCodes = Object.keys(REGENCIES);

// A real date from 1930 to 2029: inside the window where the Excel-style pivot (00–29 → 20xx,
// 30–99 → 19xx) reads the two-digit year back to the same century, so no context is needed.
const realDate = fc
  .date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2029, 11, 31)), noInvalidDate: true })
  .map((d) => formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));

const nikRecipe = fc.record({
  regency: fc.constantFrom(...regencyCodes),
  districtNo: fc.integer({ min: 1, max: 99 }),
  birthDate: realDate,
  sex: fc.constantFrom<Sex>('L', 'P'),
  serial: fc.integer({ min: 1, max: 9999 }),
});

describe('NIK properties', () => {
  it('every valid NIK round-trips through checkNik to the parts it was built from', () => {
    fc.assert(
      fc.property(nikRecipe, ({ regency, districtNo, birthDate, sex, serial }) => {
        const district = regency + String(districtNo).padStart(2, '0');
        const nik = composeNik({ district, birthDate, sex, serial });
        expect(checkNik(nik)).toEqual({
          ok: true,
          parts: {
            nik,
            province: regency.slice(0, 2),
            regency,
            district,
            birthDate,
            sex,
            serial: String(serial).padStart(4, '0'),
          },
          warnings: [],
        });
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('the stated birth date and sex, when they agree, resolve any century without warnings', () => {
    const anyCentury = fc
      .date({
        min: new Date(Date.UTC(1900, 0, 1)),
        max: new Date(Date.UTC(2099, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
    fc.assert(
      fc.property(nikRecipe, anyCentury, (recipe, birthDate) => {
        const district = `${recipe.regency}01`;
        const nik = composeNik({ district, birthDate, sex: recipe.sex, serial: recipe.serial });
        const result = checkNik(nik, {
          statedBirthDate: birthDate,
          statedSex: recipe.sex,
          regency: recipe.regency,
        });
        expect(result).toMatchObject({ ok: true, parts: { birthDate, sex: recipe.sex }, warnings: [] });
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('never throws on any input, and always says why it refused', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withTypedArray: true, withMap: true }),
        (raw) => {
          const result = checkNik(raw);
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: propertyRuns() },
    );
  });

  it('never throws on digit-like text, and accepts it only with 16 digits', () => {
    const digitish = fc.string({ unit: fc.constantFrom(...'0123456789 .-eE+,'.split('')), maxLength: 24 });
    fc.assert(
      fc.property(digitish, (raw) => {
        const result = checkNik(raw);
        if (result.ok) expect(result.parts.nik).toMatch(/^\d{16}$/);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
