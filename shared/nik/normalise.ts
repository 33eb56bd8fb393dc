/** Turning what a person typed into the bare digits of a NIK. */
import { InputError, describe } from '../errors';

/** Separators people put inside a NIK: spaces (incl. no-break), dots, hyphens and dashes. */
export function isNikSeparator(charCode: number): boolean {
  return (
    charCode === 0x20 || // space
    charCode === 0x2e || // .
    charCode === 0x2d || // -
    charCode === 0x09 || // tab
    charCode === 0xa0 || // no-break space, common in text pasted from web pages and PDFs
    charCode === 0x2010 || // hyphen
    charCode === 0x2013 || // en dash
    charCode === 0x2014 // em dash
  );
}

/**
 * Strips spaces, dots and dashes: '62.03.01 120190 0012' → '6203011201900012'. Also drops one
 * leading apostrophe, Excel's "store this as text" marker, which survives some copy-pastes.
 * Other characters are kept so the caller can report them.
 */
export function normaliseNikText(raw: string): string {
  if (typeof raw !== 'string') {
    throw new InputError('nik', `nik must be text, got ${describe(raw)}.`);
  }
  let out = '';
  const start = raw.charCodeAt(0) === 0x27 ? 1 : 0;
  for (let i = start; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isNikSeparator(c)) out += raw[i];
  }
  return out;
}
