/**
 * The words of `rentan check`'s report in Indonesian (the default: what Dinas Sosial staff read)
 * and English (--lang en). Reason sentences come from shared/reasons, not from here.
 */
import type { RowStatus } from '../../shared/eligibility';

export type Lang = 'id' | 'en';

export const LANGS: readonly Lang[] = ['id', 'en'];

export const LABELS = {
  id: {
    file: 'Berkas',
    reading: (file: string) => `Membaca ${file}:`,
    sheet: 'lembar',
    headersOnRow: 'judul kolom di baris',
    workers: 'Pekerja',
    rows: 'baris',
    row: 'baris',
    ignored: (n: string) => `${n} baris diabaikan (blok tanda tangan atau catatan: tanpa NIK dan nama)`,
    blank: (n: string) => `${n} baris kosong`,
    asOf: 'Usia dihitung per',
    age: 'batas usia',
    years: 'tahun',
    eligible: 'Layak',
    waitlisted: 'Daftar tunggu',
    rejected: 'Ditolak',
    reason: 'Alasan',
    count: 'Baris',
    sentence: 'Keterangan',
    warning: 'peringatan',
    noReasons: 'Tidak ada alasan penolakan atau peringatan.',
    firstRows: 'Baris pertama per alasan',
    more: (n: string) => `dan ${n} lainnya`,
    cost: 'Biaya',
    costFor: (workers: string) => `${workers} pekerja layak`,
    months: 'bulan',
    total: 'Total',
    noCost: 'Biaya: tambahkan --funding, --start dan --months untuk menghitung iuran.',
    written: 'Hasil ditulis ke',
    status: { eligible: 'LAYAK', waitlisted: 'DAFTAR TUNGGU', rejected: 'DITOLAK', blank: '' } as Record<
      RowStatus,
      string
    >,
    statusHeader: 'Status Rentan',
    reasonsHeader: 'Alasan Rentan',
  },
  en: {
    file: 'File',
    reading: (file: string) => `Reading ${file}:`,
    sheet: 'sheet',
    headersOnRow: 'headers on row',
    workers: 'Workers',
    rows: 'rows',
    row: 'row',
    ignored: (n: string) => `${n} rows ignored (signature block or notes: no NIK and no name)`,
    blank: (n: string) => `${n} blank rows`,
    asOf: 'Ages taken on',
    age: 'age limits',
    years: 'years',
    eligible: 'Eligible',
    waitlisted: 'Waitlisted',
    rejected: 'Rejected',
    reason: 'Reason',
    count: 'Rows',
    sentence: 'Meaning',
    warning: 'warning',
    noReasons: 'No rejections or warnings.',
    firstRows: 'First rows of each reason',
    more: (n: string) => `and ${n} more`,
    cost: 'Cost',
    costFor: (workers: string) => `${workers} eligible workers`,
    months: 'months',
    total: 'Total',
    noCost: 'Cost: add --funding, --start and --months to compute contributions.',
    written: 'Results written to',
    status: { eligible: 'ELIGIBLE', waitlisted: 'WAITLISTED', rejected: 'REJECTED', blank: '' } as Record<
      RowStatus,
      string
    >,
    statusHeader: 'Rentan status',
    reasonsHeader: 'Rentan reasons',
  },
} as const;

/** Whole numbers as each language writes them: 1.612.800 in Indonesian, 1,612,800 in English. */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 0 }).format(value);
}

export function formatRupiah(value: number, lang: Lang): string {
  return `Rp ${formatCount(value, lang)}`;
}
