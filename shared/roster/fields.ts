/**
 * The fields of one roster row: what Dinas Sosial lists about a worker and what the BPJS
 * collective-registration (wadah BPU) upload is likely to ask for (domain.md §7). That upload's
 * columns are not published, so the list errs on the side of what branches have asked for.
 */
export const ROSTER_FIELDS = [
  'nik',
  'name',
  'birthPlace',
  'birthDate',
  'sex',
  'address',
  'village',
  'district',
  'phone',
  'occupation',
  'workLocation',
  'category',
  'decile',
  'dtsen',
  'funding',
  'incomeBase',
] as const;

export type RosterField = (typeof ROSTER_FIELDS)[number];

/**
 * Fields whose value is free text. A number in such a cell is turned into text (a village code or
 * phone number typed as a number), and the number 0 counts as an empty cell because some Excel
 * platforms hand empty cells to custom functions as 0.
 */
export const TEXT_FIELDS = [
  'name',
  'birthPlace',
  'address',
  'village',
  'district',
  'phone',
  'occupation',
  'workLocation',
  'category',
] as const satisfies readonly RosterField[];

export type TextField = (typeof TEXT_FIELDS)[number];

export function isTextField(field: RosterField): field is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(field);
}
