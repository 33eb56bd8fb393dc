/**
 * Regencies (kabupaten) and cities (kota) by 4-digit Kemendagri code, for the provinces whose
 * programmes Rentan serves so far: Kalimantan Barat (61) and Kalimantan Tengah (62).
 * Source: see ./source. Cities are numbered from 71 and carry "Kota" in their name.
 *
 * Watch the BPS trap: Kemendagri 61.04 Ketapang, 61.06 Kapuas Hulu, 61.07 Bengkayang; in BPS
 * numbering 6104 is Mempawah, 6106 Ketapang and 6108 Kapuas Hulu.
 */
export interface Regency {
  readonly name: string;
  /** 2-digit province code. */
  readonly province: string;
}

const KALIMANTAN_BARAT: Record<string, string> = {
  '6101': 'Sambas',
  '6102': 'Mempawah',
  '6103': 'Sanggau',
  '6104': 'Ketapang',
  '6105': 'Sintang',
  '6106': 'Kapuas Hulu',
  '6107': 'Bengkayang',
  '6108': 'Landak',
  '6109': 'Sekadau',
  '6110': 'Melawi',
  '6111': 'Kayong Utara',
  '6112': 'Kubu Raya',
  '6171': 'Kota Pontianak',
  '6172': 'Kota Singkawang',
};

const KALIMANTAN_TENGAH: Record<string, string> = {
  '6201': 'Kotawaringin Barat',
  '6202': 'Kotawaringin Timur',
  '6203': 'Kapuas',
  '6204': 'Barito Selatan',
  '6205': 'Barito Utara',
  '6206': 'Katingan',
  '6207': 'Seruyan',
  '6208': 'Sukamara',
  '6209': 'Lamandau',
  '6210': 'Gunung Mas',
  '6211': 'Pulang Pisau',
  '6212': 'Murung Raya',
  '6213': 'Barito Timur',
  '6271': 'Kota Palangka Raya', // the decree's transcription writes "Palangkaraya"; the city's own name is two words
};

function withProvince(names: Record<string, string>): Record<string, Regency> {
  const out: Record<string, Regency> = {};
  for (const [code, name] of Object.entries(names)) {
    out[code] = Object.freeze({ name, province: code.slice(0, 2) });
  }
  return out;
}

export const REGENCIES: Readonly<Record<string, Regency>> = Object.freeze({
  ...withProvince(KALIMANTAN_BARAT),
  ...withProvince(KALIMANTAN_TENGAH),
});
