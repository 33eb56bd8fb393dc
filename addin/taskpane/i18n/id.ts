/**
 * The pane in Indonesian, the default: Dinas Sosial staff read it. Every other dictionary has this
 * shape (see en.ts). Reason sentences are not here: they come from shared/reasons.
 */
import type { RosterField } from '../../../shared/roster';
import type { WorkbookProblem } from '../../workbook';

export const id = {
  languageName: 'Bahasa Indonesia',
  language: 'Bahasa',
  tagline: 'Periksa daftar pekerja rentan dan ajukan ke BPJS Ketenagakerjaan.',
  steps: {
    signIn: 'Masuk',
    roster: 'Pilih daftar',
    check: 'Periksa',
    create: 'Buat daftar',
    submit: 'Kirim',
    past: 'Daftar sebelumnya',
    overview: 'Ringkasan',
  },
  stepNumber: (n: number) => `Langkah ${n}`,
  signIn: {
    intro: 'Masuk dengan akun kabupaten Anda untuk membuat dan mengirim daftar.',
    button: 'Masuk',
    signOut: 'Keluar',
    unavailable: 'Masuk belum tersedia di versi ini. Langkah 2 dan 3 tetap bisa dipakai tanpa masuk.',
    signedInAs: (name: string, regency: string, roles: string) =>
      `Masuk sebagai ${name} (${roles}), kabupaten ${regency}.`,
    failed: 'Gagal masuk. Coba lagi.',
  },
  roster: {
    intro: 'Klik sel di dalam daftar (atau tabel Excel), lalu tekan Cari daftar.',
    find: 'Cari daftar',
    finding: 'Mencari daftar…',
    reading: (done: number, total: number) => `Membaca baris ${fmt(done)} dari ${fmt(total)}…`,
    found: (sheet: string, rows: number, headerRow: number) =>
      `Daftar di lembar "${sheet}": judul kolom di baris ${headerRow}, ${fmt(rows)} baris data.`,
    inTable: (table: string) => `Tabel Excel "${table}".`,
    mappingTitle: 'Kolom',
    mappingIntro:
      'Kolom dicocokkan menurut judulnya. Ubah bila ada yang salah; pilihan Anda disimpan di buku kerja ini.',
    notMapped: '(tidak ada)',
    unmatched: (headers: string) => `Kolom yang tidak dikenali: ${headers}.`,
    needsNik: 'Pilih kolom NIK: tanpa NIK tidak ada yang bisa diperiksa.',
    clash: (fields: string) => `Satu kolom dipilih untuk lebih dari satu isian: ${fields}.`,
  },
  fields: {
    nik: 'NIK',
    name: 'Nama',
    birthPlace: 'Tempat lahir',
    birthDate: 'Tanggal lahir',
    sex: 'Jenis kelamin',
    address: 'Alamat',
    village: 'Desa/Kelurahan',
    district: 'Kecamatan',
    phone: 'No HP',
    occupation: 'Pekerjaan',
    workLocation: 'Lokasi kerja',
    category: 'Kategori',
    decile: 'Desil',
    dtsen: 'DTSEN',
    funding: 'Sumber dana',
    incomeBase: 'Dasar penghasilan',
  } satisfies Record<RosterField, string>,
  check: {
    intro: 'Periksa setiap baris: NIK, usia, NIK ganda, kategori, DTSEN dan kuota desa.',
    asOf: 'Tanggal mulai kepesertaan',
    run: 'Periksa daftar',
    running: 'Memeriksa…',
    checked: (rows: number) => `${fmt(rows)} baris diperiksa.`,
    countsTitle: 'Hasil',
    counts: { eligible: 'Layak', waitlisted: 'Daftar tunggu', rejected: 'Ditolak', blank: 'Baris kosong' },
    reasonsTitle: 'Alasan ditolak atau menunggu',
    warningsTitle: 'Perlu diperhatikan (tetap layak)',
    noReasons: 'Tidak ada baris yang ditolak.',
    rows: (n: number) => `${fmt(n)} baris`,
    select: 'Pilih baris',
    selectLabel: (n: number, reason: string) => `Pilih ${fmt(n)} baris di lembar: ${reason}`,
    selected: (selected: number, found: number) =>
      selected === found
        ? `${fmt(selected)} baris dipilih di lembar.`
        : `${fmt(selected)} dari ${fmt(found)} baris dipilih (batas Excel).`,
    write: 'Tulis status ke lembar',
    writing: (done: number, total: number) => `Menulis baris ${fmt(done)} dari ${fmt(total)}…`,
    written: (n: number) =>
      `Status dan alasan ditulis untuk ${fmt(n)} baris; baris ditolak dan menunggu disorot.`,
    matchedByNik: 'Lembar sudah diubah sejak diperiksa: baris dicocokkan menurut NIK.',
    unmatched: (n: number) => `${fmt(n)} baris berubah setelah diperiksa; periksa ulang.`,
  },
  locked: {
    needsSignIn: 'Perlu masuk terlebih dahulu.',
    create:
      'Nama, desa atau seluruh kabupaten, sumber dana, program, bulan mulai dan lama, sektor; biaya ditampilkan sebelum dikirim.',
    submit: 'Kirim per bagian dengan kemajuan, batal dan lanjutkan; hasil dari server ditulis ke lembar.',
    past: 'Daftar yang pernah dikirim: buka, ambil status terbaru dan nomor KPJ, unduh berkas untuk BPJS.',
    overview: 'Lembar baru dengan cakupan per desa dan per sumber dana, beserta bagan.',
  },
  errors: {
    EMPTY_SHEET: 'Lembar ini kosong. Buka lembar yang berisi daftar.',
    NO_HEADER_ROW: 'Tidak ada baris judul dengan kolom NIK di 50 baris teratas lembar ini.',
    ROSTER_MOVED: 'Daftar sudah berpindah sejak dibaca. Cari daftar lagi.',
    SHEET_GONE: 'Lembar daftar sudah dihapus atau diganti namanya. Cari daftar lagi.',
    generic: (message: string) => `Terjadi kesalahan: ${message}`,
  } satisfies Record<WorkbookProblem, string> & { generic: (message: string) => string },
};

export type Dictionary = typeof id;

function fmt(n: number): string {
  return n.toLocaleString('id-ID');
}
