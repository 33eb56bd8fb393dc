/**
 * Rosters laid out on a fake sheet the way village and Dinsos workbooks are (domain.md §8): the
 * synthetic roster's nine columns plus the six others real sheets carry, to fifteen.
 */
import { syntheticRosterValues } from '../synthetic';
import type { Cell, FakeSheet } from './document';

export const EXTRA_HEADERS = [
  'No',
  'Tempat Lahir',
  'Alamat',
  'No HP',
  'Lokasi Kerja',
  'Sumber Dana',
] as const;

/** Header row plus `rows` data rows, fifteen columns: No first, as villages write it. */
export function fifteenColumnRoster(rows: number, seed = 7): Cell[][] {
  const base = syntheticRosterValues({ rows, seed });
  const [header, ...data] = base;
  return [
    ['No', ...(header as string[]), ...EXTRA_HEADERS.slice(1)],
    ...data.map((cells, i) => [
      i + 1,
      ...(cells.map((c) => (c === null ? '' : c)) as Cell[]),
      ['Kuala Kapuas', 'Palangka Raya', 'Pulang Pisau', 'Banjarmasin'][i % 4]!,
      `Jl. Tambun Bungai Gg. ${(i % 97) + 1} RT ${(i % 12) + 1}/RW ${(i % 5) + 1}`,
      `0812${String(10_000_000 + ((i * 7919) % 89_999_999))}`,
      `Kebun ${['Sawit', 'Karet', 'Padi'][i % 3]} Blok ${(i % 40) + 1}`,
      ['APBD', 'DD', 'DBH-SAWIT'][i % 3]!,
    ]),
  ];
}

/** The roster under a village title block: two title lines and a blank row above the header. */
export function putWithTitle(sheet: FakeSheet, grid: Cell[][]): { headerRow: number } {
  sheet.put(0, 0, [
    ['DAFTAR CALON PESERTA BPJS KETENAGAKERJAAN PEKERJA RENTAN'],
    ['DESA SELAT HULU KEC. SELAT TAHUN 2026'],
  ]);
  sheet.put(3, 0, grid);
  return { headerRow: 3 };
}
