/**
 * Finding full NIKs in log text, on purpose independent of functions/http/logger.ts's masking: 16
 * digits written plain or split into groups of four by a space, dot or dash, standing alone (not
 * inside a longer run of letters and digits: the 16 hex digits ending a roster id are all decimal
 * once in about 2,000 ids, and must not fail a run). The hits come back masked, so a failure
 * report does not print a NIK in full either.
 */
const FULL_NIK = /(?<![0-9A-Za-z])\d{4}([ .-]?)\d{4}\1\d{4}\1\d{4}(?![0-9A-Za-z])/g;

export interface NikHit {
  /** The line, with the NIK masked. */
  line: string;
  where: string;
}

export function findFullNiks(lines: Iterable<string>, where: string): NikHit[] {
  const hits: NikHit[] = [];
  for (const line of lines) {
    if (FULL_NIK.test(line)) {
      FULL_NIK.lastIndex = 0;
      const masked = line.replace(FULL_NIK, (nik) => `${nik.slice(0, 4)}…(full NIK)…${nik.slice(-4)}`);
      hits.push({ line: masked.slice(0, 400), where });
    }
  }
  return hits;
}

export function describeHits(hits: readonly NikHit[]): string {
  return `${hits.length} log line(s) carry a full NIK:\n${hits
    .slice(0, 20)
    .map((h) => `  ${h.where}: ${h.line}`)
    .join('\n')}`;
}
