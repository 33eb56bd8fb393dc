/**
 * Names for synthetic rosters, as they appear on a KTP (upper case). Kalimantan's rural rosters mix
 * Dayak families (often Christian given names with a Dayak family name), Banjar and Malay Muslims
 * (Arabic-derived names, Banjar "-syah"/"Nor-" forms) and Javanese transmigrant families (Kapuas's
 * Tamban Catur and Dadahup are former transmigration areas). All names are common ones; no row
 * describes a real person.
 */
import type { Sex } from '../../../shared/nik';
import { weightedPicker, type Random } from './random';

interface NameGroup {
  // Lists are upper-cased once when the module loads (see upper) rather than once per row.
  readonly male: readonly string[];
  readonly female: readonly string[];
  /** Second names: family names for Dayak (any sex), common second names of men for the others. */
  readonly second: readonly string[];
  /** Second names of women where they differ from men's (Javanese -wati/-ningsih forms and the like). */
  readonly secondFemale?: readonly string[];
}

/** Names as printed on a KTP: upper case. */
function upper(group: NameGroup): NameGroup {
  const up = (list: readonly string[]) => Object.freeze(list.map((n) => n.toUpperCase()));
  return {
    male: up(group.male),
    female: up(group.female),
    second: up(group.second),
    secondFemale: up(group.secondFemale ?? group.second),
  };
}

const DAYAK: NameGroup = upper({
  male: [
    'Yulius',
    'Agustinus',
    'Yohanes',
    'Antonius',
    'Stefanus',
    'Fransiskus',
    'Paulus',
    'Petrus',
    'Markus',
    'Yosef',
    'Daniel',
    'Natanael',
    'Hendra',
    'Deni',
    'Rinto',
    'Sandi',
    'Lukas',
    'Yandi',
    'Ardianto',
    'Simon',
  ],
  female: [
    'Maria',
    'Agustina',
    'Natalia',
    'Elisabeth',
    'Marselina',
    'Yuliana',
    'Veronika',
    'Katarina',
    'Theresia',
    'Martina',
    'Rosalina',
    'Yanti',
    'Lusiana',
    'Debora',
    'Margareta',
    'Lidia',
    'Sarina',
    'Elmi',
  ],
  second: [
    'Tingang',
    'Bungai',
    'Tambun',
    'Usop',
    'Narang',
    'Nyahu',
    'Lambung',
    'Sahay',
    'Dohong',
    'Ramang',
    'Ilon',
    'Sabran',
    'Anggen',
    'Saputra',
    'Kristianto',
  ],
});

const BANJAR: NameGroup = upper({
  male: [
    'Ahmad',
    'Muhammad',
    'Abdul',
    'Rusdi',
    'Hamdan',
    'Junaidi',
    'Basri',
    'Mahyudin',
    'Rahmadi',
    'Saprudin',
    'Misransyah',
    'Rusdiansyah',
    'Jumberi',
    'Anang',
    'Hairul',
    'Fahrul',
    'Syahrani',
    'Taufik',
    'Ramli',
    'Samsudin',
  ],
  female: [
    'Norhasanah',
    'Norhayati',
    'Hairiyah',
    'Jumiati',
    'Masitah',
    'Fauziah',
    'Rusmiati',
    'Salmah',
    'Mariana',
    'Rahmah',
    'Nurlaila',
    'Halimah',
    'Siti Hadijah',
    'Galuh',
    'Saudah',
    'Aminah',
    'Rabiatul',
  ],
  second: [
    'Noor',
    'Effendi',
    'Hidayat',
    'Syahrani',
    'Rahman',
    'Fauzi',
    'Arsyad',
    'Baseri',
    'Ansyari',
    'Hasan',
  ],
  secondFemale: ['Noor', 'Hayati', 'Hasanah', 'Rahmah', 'Jannah', 'Aulia'],
});

const JAVANESE: NameGroup = upper({
  male: [
    'Sutrisno',
    'Suparman',
    'Slamet',
    'Wagiman',
    'Sukirman',
    'Mulyono',
    'Suyatno',
    'Purwanto',
    'Sugiarto',
    'Joko',
    'Bambang',
    'Agus',
    'Budi',
    'Eko',
    'Tri',
    'Heru',
    'Sarwono',
    'Tukiran',
  ],
  female: [
    'Sri Wahyuni',
    'Siti Aminah',
    'Sumiati',
    'Puji Lestari',
    'Tri Handayani',
    'Endang',
    'Sulastri',
    'Suharti',
    'Wartini',
    'Sri Rahayu',
    'Ngatini',
    'Parmi',
    'Sutinah',
    'Dwi Astuti',
  ],
  second: [
    'Setiawan',
    'Wibowo',
    'Santoso',
    'Prasetyo',
    'Susanto',
    'Wahyudi',
    'Hartono',
    'Utomo',
    'Kurniawan',
    'Riyadi',
  ],
  secondFemale: [
    'Lestari',
    'Rahayu',
    'Wulandari',
    'Handayani',
    'Susanti',
    'Ningsih',
    'Purwaningsih',
    'Astuti',
  ],
});

const MALAY: NameGroup = upper({
  male: [
    'Zainal',
    'Ismail',
    'Yusuf',
    'Hasan',
    'Zulkifli',
    'Syarif',
    'Abdul Rahman',
    'Hamzah',
    'Ibrahim',
    'Salim',
    'Jamaludin',
    'Rosli',
    'Usman',
    'Mahmud',
  ],
  female: [
    'Nurhayati',
    'Rosnah',
    'Hamidah',
    'Jamilah',
    'Rahmawati',
    'Syarifah',
    'Zubaidah',
    'Maimunah',
    'Aisyah',
    'Fatimah',
    'Rohani',
    'Nurbaya',
  ],
  second: ['Abidin', 'Alkadrie', 'Ahmad', 'Umar', 'Yusuf', 'Idris', 'Ali', 'Saleh', 'Ramli'],
  secondFemale: ['Hayati', 'Rahmah', 'Wati', 'Zahara', 'Aini', 'Rosita'],
});

/**
 * Rough shares of each group by province: Kalimantan Tengah is largely Dayak and Banjar with a
 * Javanese minority; Kalimantan Barat largely Dayak and Malay. Shares are illustrative, not census.
 */
const GROUPS_BY_PROVINCE: Readonly<Record<string, (random: Random) => NameGroup>> = {
  '62': weightedPicker<NameGroup>([
    [DAYAK, 40],
    [BANJAR, 35],
    [JAVANESE, 20],
    [MALAY, 5],
  ]),
  '61': weightedPicker<NameGroup>([
    [DAYAK, 45],
    [MALAY, 35],
    [JAVANESE, 15],
    [BANJAR, 5],
  ]),
};

/** A full name for a person of this sex, upper case as printed on a KTP. */
export function personName(random: Random, sex: Sex, province: string): string {
  const group = (GROUPS_BY_PROVINCE[province] ?? GROUPS_BY_PROVINCE['62']!)(random);
  const given = random.pick(sex === 'L' ? group.male : group.female);
  // Many rural Indonesians have one name only; about a third of rows show just the given name.
  if (!random.chance(0.67)) return given;
  return `${given} ${random.pick(sex === 'L' ? group.second : group.secondFemale!)}`;
}
