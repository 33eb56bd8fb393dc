/**
 * The built pane walked through as a person would (see commands/walk-pane.ts): Excel is a fake
 * workbook in the page, under the pane's real workbook adapter. Expected figures come from
 * shared/'s checks on the same roster, and from the sheet as written.
 */
import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { DEFAULT_POLICY, checkRoster, summariseVerdicts } from '../../shared/eligibility';
import { readRoster } from '../../shared/roster';
import type { PaneWalk } from './commands/walk-pane';
import { AS_OF, standInRoster } from './fixtures/stand-in-roster';

declare module 'vitest/browser' {
  interface BrowserCommands {
    walkThePane(): Promise<PaneWalk>;
  }
}

const walk = await commands.walkThePane();

// The roster as the pane should read it: "Kelompok Kerja" mapped by hand to the category.
const { grid, categoryColumn } = standInRoster();
const header = [...grid[0]!];
header[categoryColumn] = 'Kategori';
const read = readRoster([header, ...grid.slice(1)]);
const verdicts = checkRoster(read.rows, DEFAULT_POLICY, { asOf: AS_OF }, read.blank, read.problems);
const summary = summariseVerdicts(verdicts);

it('loads with no errors, registers the formulas first, and shows the seven steps in Indonesian', () => {
  expect(walk.errors).toEqual([]);
  expect(walk.associated).toEqual(['RATE', 'PREMIUM', 'WAGEPREMIUM', 'ELIGIBLE', 'CHECK', 'ALLOCATE']);
  expect(walk.lang).toBe('id');
  expect(walk.headings.filter((h) => h.startsWith('Langkah'))).toEqual([
    'Langkah 1Masuk',
    'Langkah 2Pilih daftar',
    'Langkah 3Periksa',
    'Langkah 4Buat daftar',
    'Langkah 5Kirim',
    'Langkah 6Daftar sebelumnya',
    'Langkah 7Ringkasan',
  ]);
  expect(walk.unnamedButtons).toBe(0);
  expect(walk.unlabelledControls).toBe(0);
});

it('finds the roster under the title rows and remembers a header mapped by hand', () => {
  expect(walk.said.found).toBe('Daftar di lembar "Selat Hulu": judul kolom di baris 4, 300 baris data.');
  expect(walk.rememberedMapping).toMatchObject({
    sheet: 'Selat Hulu',
    columns: { category: 'Kelompok Kerja', nik: 'NIK' },
  });
});

it('shows the counts by status and the reasons with their sentences', () => {
  expect(walk.said.checked).toBe('300 baris diperiksa.');
  expect(walk.counts).toEqual({
    Layak: summary.eligible,
    'Daftar tunggu': summary.waitlisted,
    Ditolak: summary.rejected,
    'Baris kosong': summary.blank,
  });
  // The hand-mapped category matters: wage earners are rejected only when it is read.
  expect(summary.byReason.WAGE_EARNER ?? 0).toBeGreaterThan(0);
  expect(walk.reasons.some((line) => line.includes('pekerja penerima upah (PU)'))).toBe(true);
  expect(walk.reasons.length).toBeGreaterThan(2);
  expect(walk.warnings.length).toBeGreaterThan(0);
});

it('selects the rows of a reason, and writes each row its status with one highlight rule', () => {
  expect(walk.said.selected).toMatch(/baris dipilih di lembar\.$/);
  const firstReason = walk.reasons[0]!;
  const n = Number(firstReason.split(' ')[0]);
  expect(walk.selectedRows).toHaveLength(n);

  expect(walk.said.written).toContain('Status dan alasan ditulis');
  expect(walk.resultHeader).toEqual(['Status Rentan', 'Alasan Rentan']);
  const words = { eligible: 'Layak', rejected: 'Ditolak', waitlisted: 'Daftar tunggu', blank: '' };
  expect(walk.resultRows.map((r) => r[2])).toEqual(verdicts.map((v) => words[v.status]));
  expect(walk.highlightRules).toHaveLength(1);
  expect(walk.highlightRules[0]!.formula).toBe(
    '=OR($P5="Ditolak",$P5="Daftar tunggu",$P5="Rejected",$P5="Waitlisted")',
  );
});

it('switches to English: headings, counts and reason sentences', () => {
  expect(walk.english.lang).toBe('en');
  expect(walk.english.headings).toContain('Step 3Check');
  expect(walk.english.counts).toEqual({
    Eligible: summary.eligible,
    Waitlisted: summary.waitlisted,
    Rejected: summary.rejected,
    'Blank rows': summary.blank,
  });
  expect(walk.english.reasons.some((line) => line.includes('is a wage earner (PU)'))).toBe(true);
  // The Indonesian status sentence does not linger under the English pane.
  expect(walk.english.status).toBe('');
  expect(walk.screenshots).toHaveLength(6);
});
