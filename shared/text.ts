/**
 * Text a person typed, as the API accepts it. Names, villages and categories travel on into
 * exports, workbooks and every JSON client of a regency's lists, so what could break those later
 * is refused at the door, with a sentence saying what to fix:
 * - a lone UTF-16 surrogate (half of an emoji, cut by a bad copy) makes the text unreadable as
 *   JSON in strict parsers and as UTF-8 anywhere;
 * - control characters (NUL, escape, line breaks inside a name) are never part of a name and
 *   confuse CSV files and terminals.
 * Accepted text is normalised to Unicode NFC, so "é" typed two ways is one spelling.
 */
import * as z from 'zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls, DEL and C1 controls.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

export function controlCharacter(text: string): string | null {
  const match = CONTROL.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** A text of at most `max` characters, NFC, trimmed, without lone surrogates or control characters. */
export function safeText(max: number) {
  return z
    .string()
    .max(max, `Write at most ${max} characters here.`)
    .superRefine((text, ctx) => {
      if (hasLoneSurrogate(text)) {
        ctx.addIssue({
          code: 'custom',
          message: 'Contains a broken character (half of a UTF-16 pair, often from a bad copy); retype it.',
        });
      }
      const control = controlCharacter(text);
      if (control !== null) {
        ctx.addIssue({
          code: 'custom',
          message: `Contains an invisible control character (${control}); remove it.`,
        });
      }
    })
    .normalize('NFC')
    .trim();
}
