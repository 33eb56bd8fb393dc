/** Pure safety nets: formula-injection neutralising and NIK masking in log lines. */
import { describe, expect, it } from 'vitest';
import { safeCell } from '../../functions/export/safe-cell';
import { jsonLogger, maskNiksInText } from '../../functions/http/logger';

describe('safeCell', () => {
  it('neutralises every formula trigger and leaves other text alone', () => {
    for (const text of ['=1+1', '+62 812', '-5', '@SUM(A1)', '\t=cmd', '\r=cmd'])
      expect(safeCell(text)).toBe(`'${text}`);
    for (const text of ['Budi', '6203011201900012', '', ' =not first', "'quoted"])
      expect(safeCell(text)).toBe(text);
  });
});

describe('log masking', () => {
  it('masks 16-digit NIKs written plain or with separators, and leaves other numbers', () => {
    expect(maskNiksInText('nik=6203011201900012 ok')).toBe('nik=6203********0012 ok');
    expect(maskNiksInText('6203 0112 0190 0012 and 6203-0112-0190-0012')).toBe(
      '6203********0012 and 6203********0012',
    );
    // Longer digit runs are not NIKs (and are left whole); short numbers pass.
    expect(maskNiksInText('62030112019000121 and 2026')).toBe('62030112019000121 and 2026');
  });

  it('masks a NIK anywhere in a structured line, including error messages', () => {
    const lines: string[] = [];
    const logger = jsonLogger((l) => lines.push(l));
    logger.log('error', 'failed for 6203011201900012', {
      path: '/x/6203011201900012',
      error: new Error('NIK 6203011201900012'),
    });
    expect(lines[0]).not.toContain('6203011201900012');
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({
      level: 'ERROR',
      message: 'failed for 6203********0012',
      service: 'rentan-api',
      path: '/x/6203********0012',
      error: { name: 'Error', message: 'NIK 6203********0012' },
    });
    // Powertools writes the error's stack too; the mask covers it as well.
    expect(line.error.stack).toContain('NIK 6203********0012');
    expect(Date.parse(line.timestamp)).not.toBeNaN();
  });

  it('writes a NIK held as a number as masked text, and the line stays JSON', () => {
    const lines: string[] = [];
    jsonLogger((l) => lines.push(l)).log('info', 'lookup', { nik: 6203011201900012, rows: 5000 });
    expect(lines[0]).not.toContain('6203011201900012');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'INFO', nik: '6203********0012', rows: 5000 });
  });
});
