/** What synthetic workers do and how the roster classes them. */
import { weightedPicker } from './random';

/**
 * Informal occupations of the pekerja rentan the regencies cover (domain.md §1), weighted towards
 * farming and plantation work as in rural Kalimantan. Ojek drivers are the transport sector that
 * PP 50/2025 treats differently.
 */
export const pickOccupation = weightedPicker<string>([
  ['Petani', 28],
  ['Pekebun', 14],
  ['Buruh Harian Lepas', 14],
  ['Penyadap Karet', 10],
  ['Nelayan', 9],
  ['Pedagang Kecil', 9],
  ['Buruh Tani', 6],
  ['Pengemudi Ojek', 4],
  ['Pembudidaya Ikan', 3],
  ['Relawan Pemadam Kebakaran', 3],
]);

/** The category of every non-wage row: the people a BPU roster is for. */
export const NON_WAGE_CATEGORY = 'Pekerja Rentan';

/**
 * Village officials and government contract staff, paid as wage earners (PU) in Barito Utara's
 * programme (domain.md §1): they belong on the PU lines, so in a BPU roster they are a defect.
 * Weighted by Barito Utara's 2024 counts: perangkat desa 888, RT/RW 674, BPD 284, non-ASN 3,842.
 */
export const pickWageCategory = weightedPicker<string>([
  ['Perangkat Desa', 888],
  ['RT/RW', 674],
  ['BPD', 284],
  ['Non-ASN', 3842],
]);
