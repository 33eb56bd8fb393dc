/**
 * Column names people actually write, per field, in Indonesian and English. Data, not logic: add
 * a branch's or a regency's wording here. Names are compared after `headerKey` (lower case, only
 * letters and digits), so "Tgl. Lahir", "TGL LAHIR" and "tgl_lahir" are one entry.
 */
import type { RosterField } from './fields';

export const HEADER_NAMES: Readonly<Record<RosterField, readonly string[]>> = {
  nik: [
    'NIK',
    'No KTP',
    'Nomor KTP',
    'NIK KTP',
    'No NIK',
    'Nomor NIK',
    'Nomor Induk Kependudukan',
    'KTP',
    'National ID',
    'National ID Number',
    'ID Number',
  ],
  name: [
    'Nama',
    'Nama Lengkap',
    'Nama Peserta',
    'Nama Pekerja',
    'Nama Sesuai KTP',
    'Nama KTP',
    'Name',
    'Full Name',
  ],
  birthPlace: [
    'Tempat Lahir',
    'Tmp Lahir',
    'Tmpt Lahir',
    'Place of Birth',
    'Birth Place',
    'Birthplace',
    'POB',
  ],
  // TTL ("tempat, tanggal lahir") holds "place, date": the date parser takes the date after the
  // last comma and the roster reader keeps the place as birthPlace.
  birthDate: [
    'Tanggal Lahir',
    'Tgl Lahir',
    'Tgl Lhr',
    'Tanggal Lhr',
    'TTL',
    'Tempat Tanggal Lahir',
    'Tempat Tgl Lahir',
    'Tempat dan Tanggal Lahir',
    'Date of Birth',
    'Birth Date',
    'Birthdate',
    'DOB',
    'Place and Date of Birth',
  ],
  sex: ['Jenis Kelamin', 'Jns Kelamin', 'Kelamin', 'JK', 'L/P', 'Sex', 'Gender'],
  address: ['Alamat', 'Alamat Lengkap', 'Alamat KTP', 'Address'],
  village: [
    'Desa',
    'Kelurahan',
    'Desa/Kelurahan',
    'Kelurahan/Desa',
    'Desa/Kel',
    'Des/Kel',
    'Nama Desa',
    'Village',
  ],
  district: ['Kecamatan', 'Kec', 'Nama Kecamatan', 'District', 'Subdistrict', 'Sub-district'],
  phone: [
    'No HP',
    'Nomor HP',
    'HP',
    'No Telp',
    'No Telepon',
    'Telepon',
    'Telp',
    'Nomor Telepon',
    'No WA',
    'Handphone',
    'Phone',
    'Phone Number',
    'Mobile',
  ],
  occupation: ['Pekerjaan', 'Jenis Pekerjaan', 'Profesi', 'Occupation', 'Job'],
  workLocation: ['Lokasi Kerja', 'Lokasi Pekerjaan', 'Tempat Kerja', 'Tempat Bekerja', 'Work Location'],
  category: ['Kategori', 'Kategori Peserta', 'Kelompok', 'Jenis Peserta', 'Category'],
  decile: ['Desil', 'Desil DTSEN', 'Desil DTKS', 'Desil Kesejahteraan', 'Decile', 'Welfare Decile'],
  dtsen: ['DTSEN', 'Terdaftar DTSEN', 'Status DTSEN', 'DTKS', 'Terdaftar DTKS', 'Status DTKS', 'In DTSEN'],
  funding: ['Sumber Dana', 'Sumber Anggaran', 'Sumber Pendanaan', 'Funding', 'Funding Source'],
  // Only names that say "declared base": a plain "Penghasilan" (income) column in a welfare list
  // holds what the worker earns, often under Rp 1,000,000, and must not be read as the BPJS base.
  incomeBase: ['Dasar Upah', 'Dasar Penghasilan', 'Upah Dilaporkan', 'Penghasilan Dilaporkan', 'Income Base'],
};

/** The comparison form of a header: lower case, letters and digits only. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}
