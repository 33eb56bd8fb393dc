/** The pane in English, switchable from the header. Same shape as id.ts. */
import type { Dictionary } from './id';

function fmt(n: number): string {
  return n.toLocaleString('en-GB');
}

export const en: Dictionary = {
  languageName: 'English',
  language: 'Language',
  tagline: 'Check a roster of vulnerable workers and submit it to BPJS Ketenagakerjaan.',
  steps: {
    signIn: 'Sign in',
    roster: 'Pick the roster',
    check: 'Check',
    create: 'Create the roster',
    submit: 'Submit',
    past: 'Past rosters',
    overview: 'Overview',
  },
  stepNumber: (n) => `Step ${n}`,
  signIn: {
    intro: 'Sign in with your regency account to create and submit rosters.',
    button: 'Sign in',
    signOut: 'Sign out',
    unavailable: 'Sign-in is not available in this build yet. Steps 2 and 3 work without signing in.',
    signedInAs: (name, regency, roles) => `Signed in as ${name} (${roles}), regency ${regency}.`,
    failed: 'Sign-in failed. Try again.',
  },
  roster: {
    intro: 'Click a cell inside the roster (or an Excel table), then press Find roster.',
    find: 'Find roster',
    finding: 'Looking for the roster…',
    reading: (done, total) => `Reading row ${fmt(done)} of ${fmt(total)}…`,
    found: (sheet, rows, headerRow) =>
      `Roster on sheet "${sheet}": headers on row ${headerRow}, ${fmt(rows)} data rows.`,
    inTable: (table) => `Excel table "${table}".`,
    mappingTitle: 'Columns',
    mappingIntro:
      'Columns are matched by their headers. Change any that are wrong; your choice is kept in this workbook.',
    notMapped: '(none)',
    unmatched: (headers) => `Columns not recognised: ${headers}.`,
    needsNik: 'Choose the NIK column: nothing can be checked without it.',
    clash: (fields) => `One column is chosen for more than one field: ${fields}.`,
  },
  fields: {
    nik: 'NIK',
    name: 'Name',
    birthPlace: 'Place of birth',
    birthDate: 'Date of birth',
    sex: 'Sex',
    address: 'Address',
    village: 'Village',
    district: 'District',
    phone: 'Phone',
    occupation: 'Occupation',
    workLocation: 'Work location',
    category: 'Category',
    decile: 'Decile',
    dtsen: 'DTSEN',
    funding: 'Funding source',
    incomeBase: 'Income base',
  },
  check: {
    intro: 'Check every row: NIK, age, duplicate NIKs, category, DTSEN and village quotas.',
    asOf: 'Coverage start date',
    run: 'Check roster',
    running: 'Checking…',
    checked: (rows) => `${fmt(rows)} rows checked.`,
    countsTitle: 'Result',
    counts: { eligible: 'Eligible', waitlisted: 'Waitlisted', rejected: 'Rejected', blank: 'Blank rows' },
    reasonsTitle: 'Why rows are rejected or waitlisted',
    warningsTitle: 'Worth a look (still eligible)',
    noReasons: 'No row is rejected.',
    rows: (n) => `${fmt(n)} ${n === 1 ? 'row' : 'rows'}`,
    select: 'Select rows',
    selectLabel: (n, reason) => `Select ${fmt(n)} ${n === 1 ? 'row' : 'rows'} in the sheet: ${reason}`,
    selected: (selected, found) =>
      selected === found
        ? `${fmt(selected)} rows selected in the sheet.`
        : `${fmt(selected)} of ${fmt(found)} rows selected (Excel's limit).`,
    write: 'Write statuses to the sheet',
    writing: (done, total) => `Writing row ${fmt(done)} of ${fmt(total)}…`,
    written: (n) =>
      `Status and reasons written for ${fmt(n)} rows; rejected and waitlisted rows are highlighted.`,
    matchedByNik: 'The sheet changed since the check: rows were matched by NIK.',
    unmatched: (n) => `${fmt(n)} rows changed after the check; check again.`,
  },
  locked: {
    needsSignIn: 'Needs sign-in.',
    create:
      'Name, village or whole regency, funding source, programme, start month and months, sector; the cost is shown before sending.',
    submit: 'Send in parts with progress, cancel and resume; the server’s verdicts are written to the sheet.',
    past: 'Rosters sent before: open one, pull current statuses and KPJ numbers, download the file for BPJS.',
    overview: 'A new sheet with coverage by village and by funding source, with a chart.',
  },
  errors: {
    EMPTY_SHEET: 'This sheet is empty. Open the sheet that holds the roster.',
    NO_HEADER_ROW: 'No header row with a NIK column in the top 50 rows of this sheet.',
    ROSTER_MOVED: 'The roster has moved since it was read. Find the roster again.',
    SHEET_GONE: 'The roster’s sheet was deleted or renamed. Find the roster again.',
    generic: (message) => `Something went wrong: ${message}`,
  },
};
