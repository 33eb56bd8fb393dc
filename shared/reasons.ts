/**
 * Stable reason codes for every rejected, waitlisted or flagged roster row, each with a sentence
 * in Indonesian (what Dinas Sosial staff read) and English. Codes are a public contract: they are
 * written into workbooks, stored with rows and returned by the API, so never rename one; add new.
 *
 * Sentences may hold `{placeholders}` filled from a verdict's params (see `reasonText`).
 */

export type Severity = 'reject' | 'waitlist' | 'warning';

export interface ReasonDefinition {
  readonly severity: Severity;
  readonly id: string;
  readonly en: string;
}

export const REASONS = {
  // NIK structure (domain.md §3)
  NIK_MISSING: { severity: 'reject', id: 'NIK kosong.', en: 'NIK is empty.' },
  NIK_PRECISION_LOST: {
    severity: 'reject',
    id: 'NIK tersimpan sebagai angka: digit terakhir hilang, ketik ulang sebagai teks.',
    en: 'NIK stored as number: precision lost, re-enter as text.',
  },
  NIK_NOT_DIGITS: {
    severity: 'reject',
    id: 'NIK hanya boleh berisi angka.',
    en: 'NIK may contain digits only.',
  },
  NIK_LENGTH: {
    severity: 'reject',
    id: 'NIK harus 16 digit, tertulis {length} digit.',
    en: 'NIK must have 16 digits, it has {length}.',
  },
  NIK_PROVINCE_UNKNOWN: {
    severity: 'reject',
    id: 'Kode provinsi {province} pada NIK tidak dikenal.',
    en: 'Province code {province} in the NIK does not exist.',
  },
  NIK_DATE_INVALID: {
    severity: 'reject',
    id: 'Tanggal lahir pada NIK tidak valid.',
    en: 'The birth date inside the NIK is not a real date.',
  },
  NIK_SERIAL_ZERO: {
    severity: 'reject',
    id: 'Nomor urut NIK tidak boleh 0000.',
    en: 'The NIK serial number cannot be 0000.',
  },
  NIK_DUPLICATE: {
    severity: 'reject',
    id: 'NIK ganda: sudah tercantum pada baris {firstRow}.',
    en: 'Duplicate NIK: already listed on row {firstRow}.',
  },
  NIK_REGION_MISMATCH: {
    severity: 'warning',
    id: 'NIK diterbitkan di wilayah {nikRegency}, bukan kabupaten program ({regency}).',
    en: 'NIK was issued in region {nikRegency}, not the programme regency ({regency}).',
  },
  NIK_BIRTHDATE_MISMATCH: {
    severity: 'warning',
    id: 'Tanggal lahir tidak sesuai dengan NIK ({nikBirthDate}); kemungkinan salah ketik.',
    en: 'Birth date does not match the NIK ({nikBirthDate}); likely a typo.',
  },
  NIK_SEX_MISMATCH: {
    severity: 'warning',
    id: 'Jenis kelamin tidak sesuai dengan NIK ({nikSex}); kemungkinan salah ketik.',
    en: 'Sex does not match the NIK ({nikSex}); likely a typo.',
  },

  // Other fields of the row
  NAME_MISSING: { severity: 'reject', id: 'Nama kosong.', en: 'Name is empty.' },
  BIRTHDATE_INVALID: {
    severity: 'reject',
    id: 'Tanggal lahir tidak dapat dibaca.',
    en: 'Birth date cannot be read.',
  },
  BIRTHDATE_AFTER_START: {
    severity: 'reject',
    id: 'Tanggal lahir {birthDate} jatuh sesudah awal kepesertaan ({asOf}): tanggal tidak mungkin, periksa kembali.',
    en: 'Birth date {birthDate} is after the coverage start ({asOf}): an impossible date, check it.',
  },
  SEX_INVALID: {
    severity: 'warning',
    id: 'Jenis kelamin {value} tidak dapat dibaca; tulis L atau P.',
    en: 'Sex {value} cannot be read; write L or P.',
  },
  DECILE_INVALID: {
    severity: 'warning',
    id: 'Desil {value} tidak dapat dibaca; tulis angka 1 sampai 10.',
    en: 'Decile {value} cannot be read; write a number from 1 to 10.',
  },
  DTSEN_INVALID: {
    severity: 'warning',
    id: 'Status DTSEN {value} tidak dapat dibaca; tulis Ya atau Tidak.',
    en: 'DTSEN status {value} cannot be read; write Yes or No.',
  },
  FUNDING_UNKNOWN: {
    severity: 'warning',
    id: 'Sumber dana {value} tidak dikenal; gunakan APBD, APBN, DD, ADD, DBH-SAWIT, CSR atau MANDIRI.',
    en: 'Funding source {value} is unknown; use APBD, APBN, DD, ADD, DBH-SAWIT, CSR or MANDIRI.',
  },
  INCOME_BASE_INVALID: {
    severity: 'reject',
    id: 'Dasar penghasilan {value} tidak valid; minimal Rp 1.000.000 dalam rupiah utuh.',
    en: 'Income base {value} is not valid; it must be whole rupiah, at least Rp 1,000,000.',
  },
  VILLAGE_MISSING: {
    severity: 'reject',
    id: 'Desa/kelurahan kosong; kuota per desa tidak dapat diterapkan.',
    en: 'Village is empty; the per-village quota cannot be applied.',
  },

  // Eligibility (domain.md §4)
  AGE_BELOW_MIN: {
    severity: 'reject',
    id: 'Usia {age} tahun di bawah batas minimal {minAge} tahun.',
    en: 'Age {age} is below the minimum of {minAge}.',
  },
  AGE_ABOVE_MAX: {
    severity: 'reject',
    id: 'Usia {age} tahun di atas batas maksimal {maxAge} tahun.',
    en: 'Age {age} is above the maximum of {maxAge}.',
  },
  WAGE_EARNER: {
    severity: 'reject',
    id: 'Kategori {category} adalah pekerja penerima upah (PU), bukan pekerja rentan (BPU).',
    en: 'Category {category} is a wage earner (PU), not a non-wage worker (BPU).',
  },
  NOT_IN_DTSEN: {
    severity: 'reject',
    id: 'Tidak terdaftar di DTSEN.',
    en: 'Not listed in the social-welfare database (DTSEN).',
  },
  DECILE_ABOVE_MAX: {
    severity: 'reject',
    id: 'Desil {decile} di atas batas desil {maxDecile}.',
    en: 'Welfare decile {decile} is above the limit of {maxDecile}.',
  },
  ALREADY_ACTIVE: {
    severity: 'reject',
    id: 'Sudah menjadi peserta aktif BPJS Ketenagakerjaan.',
    en: 'Already an active BPJS Ketenagakerjaan participant.',
  },
  QUOTA_EXCEEDED: {
    severity: 'waitlist',
    id: 'Kuota desa {village} ({quota} pekerja) sudah penuh; masuk daftar tunggu.',
    en: 'The quota of village {village} ({quota} workers) is full; waitlisted.',
  },

  // Claims made when a roster is submitted (one person, one entry)
  NIK_CLAIMED_OTHER_ROSTER: {
    severity: 'reject',
    id: 'NIK sudah diajukan pada daftar "{roster}" untuk periode yang beririsan.',
    en: 'NIK is already claimed by roster "{roster}" for an overlapping period.',
  },
  NIK_CLAIMED_ELSEWHERE: {
    severity: 'reject',
    id: 'NIK sudah didaftarkan oleh program lain untuk periode yang beririsan.',
    en: 'NIK is already registered by another programme for an overlapping period.',
  },
} as const satisfies Record<string, ReasonDefinition>;

export type ReasonCode = keyof typeof REASONS;
export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

export type ReasonParams = Readonly<Record<string, string | number>>;

export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && Object.hasOwn(REASONS, value);
}

/** The sentence for a reason in the given language, with `{placeholders}` filled from params. */
export function reasonText(code: ReasonCode, lang: 'id' | 'en', params: ReasonParams = {}): string {
  return REASONS[code][lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole,
  );
}
