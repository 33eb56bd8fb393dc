import { describe, expect, it } from 'vitest';
import { REASONS, REASON_CODES, isReasonCode, reasonText } from '../../shared/reasons';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('reason codes', () => {
  it.each(REASON_CODES)('%s has an Indonesian and an English sentence with the same placeholders', (code) => {
    const { id, en, severity } = REASONS[code];
    expect(id.trim().length).toBeGreaterThan(5);
    expect(en.trim().length).toBeGreaterThan(5);
    expect(id).not.toBe(en);
    expect(placeholders(id)).toEqual(placeholders(en));
    expect(['reject', 'waitlist', 'warning']).toContain(severity);
  });

  it('are upper-case identifiers, stable enough to write into a cell', () => {
    for (const code of REASON_CODES) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(reasonText('NIK_DUPLICATE', 'en', { firstRow: 3 })).toBe(
      'Duplicate NIK: already listed on row 3.',
    );
    expect(reasonText('NIK_DUPLICATE', 'id')).toContain('{firstRow}');
  });

  it('tells codes from other text', () => {
    expect(isReasonCode('NIK_LENGTH')).toBe(true);
    expect(isReasonCode('toString')).toBe(false);
    expect(isReasonCode(42)).toBe(false);
  });
});
