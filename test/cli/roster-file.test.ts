/** The pieces of reading a roster file that need no spawn: text decoding, separators, exceljs values. */
import { describe, expect, it } from 'vitest';
import { plainCellValue, plainRow } from '../../cli/roster-file/cell-value';
import { decodeText, guessSeparator, parseCsv } from '../../cli/roster-file/csv';

describe('CSV text', () => {
  it('drops a UTF-8 BOM and reads Windows-1252 bytes when the file is not UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFFNIK;Nama', 'utf8'))).toBe('NIK;Nama');
    // "Sumarné" saved by Excel on Windows: é is 0xE9, not valid UTF-8 on its own.
    expect(
      decodeText(Buffer.from([0x4e, 0x61, 0x6d, 0x61, 0x3b, 0x53, 0x75, 0x6d, 0x61, 0x72, 0x6e, 0xe9])),
    ).toBe('Nama;Sumarné');
  });

  it('takes ";" over "," when decimal commas sit in a ";" file, and "," for an English file', () => {
    const semicolons = 'JUDUL;;;\r\n;;;\r\nNIK;Nama;Desil;Upah\r\n6,20301E+15;Siti;2;1,5\r\n';
    expect(guessSeparator(semicolons)).toBe(';');
    expect(parseCsv(semicolons)[3]).toEqual(['6,20301E+15', 'Siti', '2', '1,5']);
    const commas = 'NIK,Nama,TTL\n6203015205800001,Siti,"Kuala Kapuas, 12-05-1980"\n';
    expect(guessSeparator(commas)).toBe(',');
    expect(parseCsv(commas)).toEqual([
      ['NIK', 'Nama', 'TTL'],
      ['6203015205800001', 'Siti', 'Kuala Kapuas, 12-05-1980'],
    ]);
    expect(guessSeparator('NIK\tNama\n1\t2\n')).toBe('\t');
  });

  it('keeps blank lines as rows (sheet row numbers stay right) and drops only the final newline', () => {
    expect(parseCsv('JUDUL\r\n\r\nNIK;Nama\r\n')).toEqual([['JUDUL'], [''], ['NIK', 'Nama']]);
  });
});

describe('exceljs cell values', () => {
  it('turns formulas, rich text, links and error cells into what Excel shows', () => {
    expect(plainCellValue({ formula: 'A1+1', result: 2 })).toBe(2);
    expect(plainCellValue({ sharedFormula: 'A1', result: 'Siti' })).toBe('Siti');
    expect(plainCellValue({ formula: 'X()', result: { error: '#N/A' } })).toBe('#N/A');
    expect(plainCellValue({ richText: [{ text: 'Siti ' }, { text: 'Aminah' }] })).toBe('Siti Aminah');
    expect(plainCellValue({ text: 'Desa', hyperlink: 'https://example.invalid' })).toBe('Desa');
    expect(plainCellValue({ error: '#REF!' })).toBe('#REF!');
    expect(plainCellValue(6203012001850000)).toBe(6203012001850000);
    expect(plainCellValue(undefined)).toBeNull();
  });

  it('reads a streamed row from column A, holes as null', () => {
    const values: unknown[] = [];
    values[1] = 'NIK';
    values[3] = 'Nama';
    expect(plainRow(values)).toEqual(['NIK', null, 'Nama']);
    expect(plainRow(undefined)).toEqual([]);
  });
});
