/** The log scan finds a full NIK however it is written, and nothing else. */
import { describe, expect, it } from 'vitest';
import { findFullNiks } from './nik-scan';

describe('findFullNiks', () => {
  it('finds a NIK written plain, in groups, in JSON or in a path, and masks it in the report', () => {
    const lines = [
      '{"nik":"6203011201900012"}',
      'NIK 6203 0112 0190 0012 refused',
      'GET /v1/x/6203-0112-0190-0012 404',
      'nik=6203.0112.0190.0012',
    ];
    const hits = findFullNiks(lines, 'here');
    expect(hits).toHaveLength(4);
    for (const hit of hits) {
      expect(hit.line).not.toMatch(/0112.?0190/);
      expect(hit.line).toContain('6203…(full NIK)…0012');
    }
  });

  it('leaves masked NIKs, longer digit runs, roster ids, request ids and timestamps alone', () => {
    const lines = [
      '{"nik":"6203********0012"}',
      '62030112019000121',
      'roster mieo2x3k01234567890123456 created',
      '{"requestId":"12345678-1234-1234-1234-123456789012","time":"2026-12-02T17:58:40.015Z","ms":1764698320015}',
      'mixed 6203 0112-0190.0012',
    ];
    expect(findFullNiks(lines, 'here')).toEqual([]);
  });
});
