import { describe, expect, it } from 'vitest';
import {
  DISTRICTS,
  PROVINCES,
  REGENCIES,
  districtName,
  districtsOf,
  isKnownProvince,
  isKnownRegency,
  provinceName,
  regencyName,
} from '../../shared/regions';
import { InputError } from '../../shared/errors';

describe('provinces', () => {
  it('lists the 38 provinces', () => {
    expect(Object.keys(PROVINCES)).toHaveLength(38);
    for (const code of Object.keys(PROVINCES)) expect(code).toMatch(/^[1-9]\d$/);
  });

  it('uses the Kemendagri numbering of the Papua split, not the BPS one', () => {
    expect(provinceName('91')).toBe('Papua');
    expect(provinceName('92')).toBe('Papua Barat');
    expect(provinceName('93')).toBe('Papua Selatan');
    expect(provinceName('94')).toBe('Papua Tengah');
    expect(provinceName('95')).toBe('Papua Pegunungan');
    expect(provinceName('96')).toBe('Papua Barat Daya');
    expect(isKnownProvince('97')).toBe(false); // BPS's Papua Pegunungan
  });

  it('names the provinces of the programmes', () => {
    expect(provinceName('61')).toBe('Kalimantan Barat');
    expect(provinceName('62')).toBe('Kalimantan Tengah');
    expect(provinceName('65')).toBe('Kalimantan Utara');
  });

  it('knows no other code', () => {
    for (const code of ['00', '10', '20', '37', '99', '6', '620', '', 'ab'])
      expect(isKnownProvince(code)).toBe(false);
    expect(isKnownProvince(62 as unknown as string)).toBe(false);
    expect(provinceName('99')).toBeUndefined();
    expect(provinceName('toString')).toBeUndefined(); // not fooled by Object.prototype
  });

  it('refuses a non-text code with a message', () => {
    expect(() => provinceName(62 as unknown as string)).toThrow(InputError);
  });
});

describe('regencies', () => {
  it('gets the regencies of domain.md right (Kemendagri, not BPS)', () => {
    expect(regencyName('6104')).toBe('Ketapang');
    expect(regencyName('6106')).toBe('Kapuas Hulu'); // BPS 6106 would be Ketapang
    expect(regencyName('6107')).toBe('Bengkayang');
    expect(regencyName('6203')).toBe('Kapuas');
    expect(regencyName('6205')).toBe('Barito Utara');
  });

  it('accepts the dotted form and spaces', () => {
    expect(regencyName('62.03')).toBe('Kapuas');
    expect(regencyName(' 61.06 ')).toBe('Kapuas Hulu');
    expect(isKnownRegency('62.05')).toBe(true);
  });

  it('lists 12 regencies and 2 cities in each of Kalimantan Barat and Kalimantan Tengah', () => {
    const of = (p: string) => Object.entries(REGENCIES).filter(([, r]) => r.province === p);
    expect(of('61')).toHaveLength(14);
    expect(of('62')).toHaveLength(14);
    expect(REGENCIES['6171']?.name).toBe('Kota Pontianak');
    expect(REGENCIES['6271']?.name).toBe('Kota Palangka Raya');
    for (const [code, r] of Object.entries(REGENCIES)) expect(code.startsWith(r.province)).toBe(true);
  });

  it('knows nothing of other codes', () => {
    expect(regencyName('6214')).toBeUndefined();
    expect(regencyName('62')).toBeUndefined();
    expect(isKnownRegency('6299')).toBe(false);
    expect(() => regencyName(6203 as unknown as string)).toThrow(/region code written as text/);
  });
});

describe('districts', () => {
  it('lists the 17 kecamatan of Kapuas and the 9 of Barito Utara', () => {
    expect(districtsOf('6203')).toHaveLength(17);
    expect(districtsOf('62.05')).toHaveLength(9);
    expect(districtName('620301')).toBe('Selat');
    expect(districtName('62.03.09')).toBe('Mantangai');
    expect(districtName('620505')).toBe('Teweh Tengah');
  });

  it('gives each tabled district its regency, a name and villages', () => {
    for (const d of Object.values(DISTRICTS)) {
      expect(d.code).toMatch(/^\d{6}$/);
      expect(d.regency).toBe(d.code.slice(0, 4));
      expect(REGENCIES[d.regency]).toBeDefined();
      expect(d.name.length).toBeGreaterThan(0);
      expect(d.villages.length).toBeGreaterThan(0);
    }
  });

  it('returns no districts for a regency whose districts are not tabled, and refuses a bad code', () => {
    expect(districtsOf('6201')).toEqual([]);
    expect(() => districtsOf('62')).toThrow(/4-digit/);
    expect(() => districtName(620301 as unknown as string)).toThrow(InputError);
    expect(districtName('629999')).toBeUndefined();
  });
});
