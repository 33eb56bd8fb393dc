/**
 * Rentan's Excel formulas (namespace RENTAN), as design.md §3 fixes them: names, arguments and
 * their order are a contract with every workbook that uses them. Each function is a thin adapter:
 * it reads Excel's values (excel-values.ts), calls shared/, and returns what Excel shows well.
 *
 * custom-functions-metadata reads the JSDoc below to write functions.json, so:
 * - parameter names are the snake_case names users see in the formula tooltip;
 * - a range parameter is typed `Array<Array<...>>` (matrix; the parser rejects `(A | B)[][]`);
 *   scalars are unions (metadata type "any") so our own messages, not Excel's silent coercion,
 *   explain a bad value. An optional range cannot say `| null` (the parser would call it a
 *   scalar), although Excel does pass null for it: the readers treat null and undefined alike.
 * - descriptions are Indonesian, then English (the metadata has one text per item).
 */
import { premium as bpuPremium, monthlyRate, wagePremium as puPremium } from '../../shared/premium';
import { FUNDING_SOURCES, PROGRAMS, RISK_CLASSES, SECTORS } from '../../shared/codes';
import { InputError } from '../../shared/errors';
import { asExcel, excelError } from './excel-error';
import {
  asRange,
  isEmpty,
  optionalCode,
  optionalMonth,
  optionalWholeNumber,
  wholeNumber,
} from './excel-values';
import { allocationCells } from './allocation-cells';
import { checkCellText } from './check-cell';
import { rosterVerdicts } from './roster-verdicts';
import { wageLines, wagePrograms } from './wage-lines';

/**
 * Iuran bulanan satu pekerja BPU, rupiah bulat. / Monthly contribution of one non-wage (BPU) worker, whole rupiah.
 * @customfunction RATE RATE
 * @param program Paket: JKK-JKM (bawaan) atau JKK-JKM-JHT. / Package: JKK-JKM (default) or JKK-JKM-JHT.
 * @param [income_base] Dasar penghasilan, min. 1.000.000 (bawaan). / Declared income base, at least 1,000,000 (default).
 * @param [month] Bulan iuran (tanggal atau "YYYY-MM"); kosong = tarif standar tanpa diskon. / Contribution month (a date or "YYYY-MM"); omitted = standard rate, no discount.
 * @param [funding] Sumber dana: APBD (bawaan), APBN, DD, ADD, DBH-SAWIT, CSR, MANDIRI. / Who pays: APBD (default), APBN, DD, ADD, DBH-SAWIT, CSR, MANDIRI.
 * @param [sector] Sektor: OTHER (bawaan) atau TRANSPORT. / Sector: OTHER (default) or TRANSPORT.
 * @returns Iuran per bulan (Rp). / Contribution per month (Rp).
 */
export function rate(
  program: string | number | null,
  income_base?: number | string | null,
  month?: number | string | null,
  funding?: string | null,
  sector?: string | null,
): number {
  return asExcel(() =>
    monthlyRate({
      program: optionalCode('program', PROGRAMS, program),
      incomeBase: optionalWholeNumber('income_base', income_base),
      month: optionalMonth('month', month),
      funding: optionalCode('funding', FUNDING_SOURCES, funding),
      sector: optionalCode('sector', SECTORS, sector),
    }),
  );
}

/**
 * Total iuran pekerja BPU selama beberapa bulan; rentang jumlah pekerja menghasilkan rentang berukuran sama. / Total cost of non-wage (BPU) workers over a span of months; a range of worker counts spills a range of the same shape.
 * @customfunction PREMIUM PREMIUM
 * @param workers Jumlah pekerja (angka atau rentang). / Number of workers (a number or a range).
 * @param months Jumlah bulan yang dibayar. / Number of months paid.
 * @param [program] Paket: JKK-JKM (bawaan) atau JKK-JKM-JHT. / Package: JKK-JKM (default) or JKK-JKM-JHT.
 * @param [income_base] Dasar penghasilan, min. 1.000.000 (bawaan). / Declared income base, at least 1,000,000 (default).
 * @param [start_month] Bulan pertama (tanggal atau "YYYY-MM"); kosong = tarif standar tanpa diskon. / First month (a date or "YYYY-MM"); omitted = standard rate, no discount.
 * @param [funding] Sumber dana: APBD (bawaan), APBN, DD, ADD, DBH-SAWIT, CSR, MANDIRI. / Who pays: APBD (default), APBN, DD, ADD, DBH-SAWIT, CSR, MANDIRI.
 * @param [sector] Sektor: OTHER (bawaan) atau TRANSPORT. / Sector: OTHER (default) or TRANSPORT.
 * @returns Total biaya (Rp), per sel. / Total cost (Rp), cell by cell.
 */
export function premium(
  workers: Array<Array<number | string | boolean | null>>,
  months: number | string | null,
  program?: string | null,
  income_base?: number | string | null,
  start_month?: number | string | null,
  funding?: string | null,
  sector?: string | null,
): Array<Array<number | string | CustomFunctions.Error>> {
  return asExcel(() => {
    const cells = asRange('workers', workers);
    const line = {
      months: wholeNumber('months', months),
      program: optionalCode('program', PROGRAMS, program),
      incomeBase: optionalWholeNumber('income_base', income_base),
      startMonth: optionalMonth('start_month', start_month),
      funding: optionalCode('funding', FUNDING_SOURCES, funding),
      sector: optionalCode('sector', SECTORS, sector),
    };
    // The cost of one worker, checking the other arguments once: a bad month is one error for the
    // whole formula rather than the same error in every cell. shared/premium charges
    // workers × rate × months per run of months, so a count's cost is count × this, exactly.
    const perWorker = bpuPremium({ ...line, workers: 1 });
    return cells.map((row, r) =>
      row.map((cell, c) => {
        // A host that sends 0 for an empty cell gets 0 back: a typed 0 must show 0, and the two
        // cannot be told apart. Either way the sum of the spill is right.
        if (isEmpty(cell)) return '';
        try {
          const cost = wholeNumber('workers', cell) * perWorker;
          if (!Number.isSafeInteger(cost)) {
            throw new InputError('workers', 'The total is too large to compute exactly; split the line.');
          }
          return cost;
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          // One bad cell shows its own error; the rest of the range still computes.
          return excelError(`workers in row ${r + 1}, column ${c + 1} of the range: ${error.message}`);
        }
      }),
    );
  });
}

/**
 * Total iuran pekerja penerima upah (PU): perangkat desa, BPD, RT/RW, non-ASN. / Total cost of wage-earner (PU) lines: village officials, BPD, RT/RW, non-ASN.
 * @customfunction WAGEPREMIUM WAGEPREMIUM
 * @param workers Jumlah pekerja per baris (angka atau rentang). / Workers on each line (a number or a range).
 * @param wage Upah bulanan per pekerja, sejajar dengan workers. / Monthly wage per worker, matching workers cell by cell.
 * @param months Jumlah bulan yang dibayar. / Number of months paid.
 * @param [programs] Program: JKK, JKM, JHT, JP (teks "JKK,JKM" atau rentang; bawaan JKK,JKM). / Programs: JKK, JKM, JHT, JP (text "JKK,JKM" or a range; default JKK,JKM).
 * @param [risk_class] Kelas risiko JKK: VERY_LOW (bawaan), LOW, MEDIUM, HIGH, VERY_HIGH. / JKK risk class: VERY_LOW (default), LOW, MEDIUM, HIGH, VERY_HIGH.
 * @param [start_month] Bulan pertama (tanggal atau "YYYY-MM"). / First month (a date or "YYYY-MM").
 * @returns Total biaya semua baris (Rp). / Total cost of all lines (Rp).
 */
export function wagePremium(
  workers: Array<Array<number | string | boolean | null>>,
  wage: Array<Array<number | string | boolean | null>>,
  months: number | string | null,
  programs?: Array<Array<string | number | boolean | null>>,
  risk_class?: string | null,
  start_month?: number | string | null,
): number {
  return asExcel(() => {
    const common = {
      months: wholeNumber('months', months),
      programs: wagePrograms(programs),
      // People type the words they read ("very low", "very-low") as well as VERY_LOW.
      riskClass: optionalCode(
        'risk_class',
        RISK_CLASSES,
        typeof risk_class === 'string' ? risk_class.trim().replace(/[\s-]+/g, '_') : risk_class,
      ),
      startMonth: optionalMonth('start_month', start_month),
    };
    let total = 0;
    for (const line of wageLines(workers, wage)) total += puPremium({ ...common, ...line });
    if (!Number.isSafeInteger(total)) {
      throw new InputError(
        'workers',
        'The total is too large to compute exactly; split the lines over two formulas.',
      );
    }
    return total;
  });
}

/**
 * Jumlah baris daftar yang memenuhi syarat. / Number of eligible rows in a roster.
 * @customfunction ELIGIBLE ELIGIBLE
 * @param roster Rentang daftar; baris pertama judul kolom (NIK, Nama, Tanggal Lahir, ...). / Roster range; first row is headers (NIK, Nama, Tanggal Lahir, ...).
 * @param [as_of] Tanggal mulai kepesertaan; kosong = tanggal 1 bulan ini. / Coverage start date; omitted = the 1st of this month.
 * @param [policy] Rentang dua kolom pengaturan: min_age, max_age, max_desil, require_dtsen, village_quota, regency. / Two-column range of settings: min_age, max_age, max_desil, require_dtsen, village_quota, regency.
 * @returns Jumlah pekerja yang memenuhi syarat. / Number of eligible workers.
 */
export function eligible(
  roster: Array<Array<number | string | boolean | null>>,
  as_of?: number | string | null,
  policy?: Array<Array<number | string | boolean | null>>,
): number {
  return asExcel(() => rosterVerdicts(roster, as_of, policy).filter((v) => v.status === 'eligible').length);
}

/**
 * Hasil pemeriksaan tiap baris daftar: OK, atau kode alasan. / Result for each roster row: OK, or reason codes.
 * @customfunction CHECK CHECK
 * @param roster Rentang daftar; baris pertama judul kolom (NIK, Nama, Tanggal Lahir, ...). / Roster range; first row is headers (NIK, Nama, Tanggal Lahir, ...).
 * @param [as_of] Tanggal mulai kepesertaan; kosong = tanggal 1 bulan ini. / Coverage start date; omitted = the 1st of this month.
 * @param [policy] Rentang dua kolom pengaturan: min_age, max_age, max_desil, require_dtsen, village_quota, regency. / Two-column range of settings: min_age, max_age, max_desil, require_dtsen, village_quota, regency.
 * @returns Satu sel per baris data (tanpa baris kosong di akhir): OK, OK [peringatan], atau kode alasan. / One cell per data row (trailing blank rows left out): OK, OK [warnings], or reason codes.
 */
export function check(
  roster: Array<Array<number | string | boolean | null>>,
  as_of?: number | string | null,
  policy?: Array<Array<number | string | boolean | null>>,
): string[][] {
  return asExcel(() => {
    const verdicts = rosterVerdicts(roster, as_of, policy);
    // Trailing blank rows are not spilled, so a whole-column reference (A:H) does not fill a
    // million cells with nothing; a header-only roster still needs one cell, as Excel cannot
    // spill an empty array.
    let end = verdicts.length;
    while (end > 0 && verdicts[end - 1]!.status === 'blank') end--;
    return end === 0 ? [['']] : verdicts.slice(0, end).map((v) => [checkCellText(v)]);
  });
}

/**
 * Pembagian pekerja ke sumber dana, lalu kekurangannya. / How many workers each funding source pays for, then the shortfall.
 * @customfunction ALLOCATE ALLOCATE
 * @param workers Jumlah pekerja, atau rentang dua kolom desa dan jumlah pekerja. / Number of workers, or a two-column range of village and workers.
 * @param unit_cost Biaya per pekerja untuk periode itu (mis. PREMIUM(1, 12)). / Cost per worker for the period (e.g. PREMIUM(1, 12)).
 * @param sources Baris sumber dana: nama, anggaran[, porsi][, desa]. / Rows of sources: name, budget[, share][, village].
 * @param [method] priority (bawaan, urutan baris) atau proportional. / priority (default, row order) or proportional.
 * @returns Satu baris per sumber (nama, pekerja, biaya, sisa anggaran), lalu SHORTFALL. / One row per source (name, workers, amount, unused budget), then SHORTFALL.
 */
export function allocate(
  workers: Array<Array<number | string | boolean | null>>,
  unit_cost: number | string | null,
  sources: Array<Array<number | string | boolean | null>>,
  method?: string | null,
): Array<Array<string | number>> {
  return asExcel(() => allocationCells(workers, unit_cost, sources, method));
}
