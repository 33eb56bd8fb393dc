/** Every state change leaves an audit item (who, when, what), and none of them holds a NIK. */
import { describe, expect, it } from 'vitest';
import type { Roster } from '../../shared/contracts';
import { KAPUAS, draft, itemsUnder, json, testApp, tokenOf, workers } from './fixtures';

describe('audit trail', () => {
  it('records creation, chunks, submission, claims and KPJ import with who and when, and no NIK', async () => {
    const clock = new Date('2026-02-03T04:05:06.000Z');
    const t = testApp({ now: () => clock });
    const operator = await tokenOf(KAPUAS.operator);
    const admin = await tokenOf(KAPUAS.admin);
    const rows = workers(3);
    const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft()));
    await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, { firstRow: 1, rows });
    await t.call('PUT', `/v1/rosters/${roster.id}/chunks/1`, operator, { firstRow: 1, rows }); // a replay: no audit
    await t.submit(roster.id, operator);
    await t.call('POST', `/v1/rosters/${roster.id}/kpj`, admin, {
      entries: [{ nik: rows[0]!.nik, kpj: '26010000009' }],
    });

    const audit = (await itemsUnder(`T#6203#R#${roster.id}`)).filter((i) => i.type === 'audit');
    const actions = audit.map((a) => a.action).sort();
    expect(actions).toEqual(
      [
        'chunk.completed',
        'chunk.uploaded',
        'kpj.imported',
        'roster.created',
        'roster.submit-started',
        'roster.submitted',
      ].sort(),
    );
    for (const item of audit) {
      expect(item.at).toBe('2026-02-03T04:05:06.000Z');
      expect(item.regency).toBe('6203');
      expect(item.what).toBeTypeOf('object');
      for (const row of rows) expect(JSON.stringify(item)).not.toContain(String(row.nik));
    }
    const who = (action: string) => audit.find((a) => a.action === action)!.who as string;
    expect(who('roster.submitted')).toContain(KAPUAS.operator);
    expect(who('kpj.imported')).toContain(KAPUAS.admin);
    expect(who('roster.submit-started')).toContain(KAPUAS.operator);
    expect(audit.find((a) => a.action === 'roster.submit-started')!.what).toMatchObject({ chunks: 1 });
    expect(audit.find((a) => a.action === 'kpj.imported')!.what).toMatchObject({ entries: 1, registered: 1 });
    // The regency-wide trail (GSI) carries them too.
    expect(audit.every((a) => a.gsi1pk === 'T#6203#AUDIT')).toBe(true);
  });
});
