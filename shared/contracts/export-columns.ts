/**
 * The columns of the file handed to BPJS Ketenagakerjaan for collective (wadah BPU) registration.
 *
 * BPJS does not publish this template (domain.md §7), so the columns are data, not code: a branch
 * with its own template changes this list (headers, order, sources), and the CSV and XLSX writers
 * follow. Each column takes its value from the row or from the roster it belongs to.
 */
import * as z from 'zod';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportColumnSchema = z.object({
  header: z.string().min(1),
  /** Where the value comes from: a field of the worker's row, or of the roster. */
  from: z.enum(['row', 'roster']),
  field: z.string().min(1),
  /** For row fields a roster also sets (income base, funding): use the roster's when the row is empty. */
  fallbackToRoster: z.boolean().optional(),
  /** `text` cells are always written as text (a NIK must never become a number in Excel). */
  kind: z.enum(['text', 'number']),
});

export type ExportColumn = z.infer<typeof ExportColumnSchema>;

/** The likely collective-registration set of domain.md §7 (an assumption until a branch confirms). */
export const BPJS_COLLECTIVE_COLUMNS: readonly ExportColumn[] = [
  { header: 'NIK', from: 'row', field: 'nik', kind: 'text' },
  { header: 'Nama Sesuai KTP', from: 'row', field: 'name', kind: 'text' },
  { header: 'Tempat Lahir', from: 'row', field: 'birthPlace', kind: 'text' },
  { header: 'Tanggal Lahir', from: 'row', field: 'birthDate', kind: 'text' },
  { header: 'Jenis Kelamin', from: 'row', field: 'sex', kind: 'text' },
  { header: 'Alamat', from: 'row', field: 'address', kind: 'text' },
  { header: 'Desa/Kelurahan', from: 'row', field: 'village', kind: 'text' },
  { header: 'Kecamatan', from: 'row', field: 'district', kind: 'text' },
  { header: 'No. HP', from: 'row', field: 'phone', kind: 'text' },
  { header: 'Pekerjaan', from: 'row', field: 'occupation', kind: 'text' },
  { header: 'Lokasi Kerja', from: 'row', field: 'workLocation', kind: 'text' },
  { header: 'Upah/Penghasilan', from: 'row', field: 'incomeBase', fallbackToRoster: true, kind: 'number' },
  { header: 'Program', from: 'roster', field: 'program', kind: 'text' },
  { header: 'Bulan Mulai', from: 'roster', field: 'startMonth', kind: 'text' },
  { header: 'Jumlah Bulan', from: 'roster', field: 'months', kind: 'number' },
  { header: 'Sumber Dana', from: 'row', field: 'funding', fallbackToRoster: true, kind: 'text' },
];
