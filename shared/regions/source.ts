/**
 * Where the region codes come from, named once so every table can point here.
 *
 * Codes are Kemendagri codes (Ministry of Home Affairs), the ones Dukcapil prints inside every NIK:
 * `PP.RR.DD` for province, regency/city and district (kecamatan). They are NOT BPS statistics
 * codes: BPS 6106 is Ketapang while Kemendagri 61.06 is Kapuas Hulu (domain.md §3).
 *
 * Relied on: Kepmendagri No. 300.2.2-2138 Tahun 2025 (Pemberian dan Pemutakhiran Kode, Data Wilayah
 * Administrasi Pemerintahan, dan Pulau), which updates Kepmendagri No. 100.1.1-6117 Tahun 2022.
 * The tables here were transcribed from a public transcription of that decree and checked by hand
 * against the 2022 decree's numbering for Kalimantan Barat and Kalimantan Tengah.
 *
 * Uncertainty, stated honestly:
 * - Village (desa/kelurahan) lists change every year (new villages, renamed ones); they are used
 *   only to make synthetic rosters realistic, never to validate a NIK (a NIK carries no village).
 * - A NIK keeps the codes of the region where it was first issued. Papua's 2022 split created
 *   provinces 93–96; NIKs issued earlier in those areas still start with 91 or 92, which stay valid.
 */
export const REGION_CODE_SOURCE =
  'Kepmendagri No. 300.2.2-2138 Tahun 2025 (updating No. 100.1.1-6117 Tahun 2022)';
