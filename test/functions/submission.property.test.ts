/**
 * The submission protocol gives the verdicts of the pure rules: for random small rosters (with
 * duplicates, blank lines, quotas, and NIKs another roster holds already), uploaded in random
 * chunks and submitted through the API on DynamoDB Local, every row ends as
 * shared/eligibility's checkRoster over the whole roster says, plus the claim rule (an eligible
 * NIK another roster holds for overlapping months is rejected, naming that roster).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRoster, DEFAULT_POLICY, type EligibilityPolicy } from '../../shared/eligibility';
import type { Page, Roster, RosterRowView } from '../../shared/contracts';
import type { RosterRow } from '../../shared/roster/schema';
import { emptyRow } from '../../shared/roster/schema';
import { KAPUAS, draft, freshNik, json, testApp, tokenOf, worker } from './fixtures';

const RUNS =
  Number(process.env.RENTAN_PROPERTY_RUNS) > 0 ? Math.min(Number(process.env.RENTAN_PROPERTY_RUNS), 200) : 12;

interface Case {
  picks: { person: number; variant: number; blank: boolean }[];
  policy: Pick<EligibilityPolicy, 'villageQuota' | 'maxDecile'>;
  held: number[];
  sizes: number[];
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  picks: fc.array(
    fc.record({
      person: fc.integer({ min: 0, max: 7 }),
      variant: fc.integer({ min: 0, max: 5 }),
      blank: fc.boolean(),
    }),
    { minLength: 1, maxLength: 24 },
  ),
  policy: fc.record({
    villageQuota: fc.option(fc.integer({ min: 1, max: 3 })),
    maxDecile: fc.option(fc.integer({ min: 2, max: 6 })),
  }),
  held: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 3 }),
  sizes: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
});

/** Row variants: villages, deciles, a wage earner, a child, a bad NIK. */
function rowOf(nik: string, birthDate: string, variant: number, blank: boolean): RosterRow {
  if (blank && variant === 0) return emptyRow();
  const base = worker({
    nik,
    birthDate,
    village: variant % 2 ? 'Anjir Serapat' : 'Selat Hulu',
    decile: 1 + variant,
  });
  if (variant === 3) return { ...base, category: 'Perangkat Desa' };
  if (variant === 4) return { ...base, birthDate: '2015-05-05' };
  if (variant === 5) return { ...base, nik: nik.slice(0, 15) };
  return base;
}

describe('submission protocol = pure eligibility + claim rules', () => {
  it(
    'gives the same verdict for every row as checkRoster over the whole roster, then claims',
    { timeout: 600_000 },
    async () => {
      const t = testApp();
      const operator = await tokenOf(KAPUAS.operator);
      await fc.assert(
        fc.asyncProperty(caseArb, async (c) => {
          const people = Array.from({ length: 8 }, () => freshNik());
          const rows = c.picks.map((p) =>
            rowOf(people[p.person]!.nik, people[p.person]!.birthDate, p.variant, p.blank),
          );
          const policy = { ...c.policy };

          // Another roster of the regency holds some of these people for overlapping months.
          const heldNiks = new Set(c.held.map((i) => people[i]!.nik));
          if (heldNiks.size > 0) {
            const prior = await json<Roster>(
              await t.call('POST', '/v1/rosters', operator, draft({ name: 'Prior' })),
            );
            const heldRows = [...heldNiks].map((nik) =>
              worker({ nik, birthDate: people.find((p) => p.nik === nik)!.birthDate }),
            );
            expect(
              (
                await t.call('PUT', `/v1/rosters/${prior.id}/chunks/1`, operator, {
                  firstRow: 1,
                  rows: heldRows,
                })
              ).status,
            ).toBe(200);
            expect((await t.submit(prior.id, operator)).status).toBe('submitted');
          }

          const roster = await json<Roster>(await t.call('POST', '/v1/rosters', operator, draft({ policy })));
          for (let at = 0, k = 0; at < rows.length; k++) {
            const size = c.sizes[k % c.sizes.length]!;
            const res = await t.call('PUT', `/v1/rosters/${roster.id}/chunks/${k + 1}`, operator, {
              firstRow: at + 1,
              rows: rows.slice(at, at + size),
            });
            expect(res.status, await res.clone().text()).toBe(200);
            at += size;
          }
          expect((await t.submit(roster.id, operator)).status).toBe('submitted');
          const page = await json<Page<RosterRowView>>(
            await t.call('GET', `/v1/rosters/${roster.id}/rows?limit=500`, operator),
          );

          const blank = rows.map((r) => Object.values(r).every((v) => v === null));
          const expected = checkRoster(
            rows,
            { ...DEFAULT_POLICY, regency: '6203', ...policy },
            { asOf: '2026-01-01' },
            blank,
          ).map((v) => {
            const claimedByPrior = v.status === 'eligible' && v.nik !== undefined && heldNiks.has(v.nik);
            return {
              row: v.row,
              status: claimedByPrior ? 'rejected' : v.status,
              reasons: [
                ...v.reasons.map((r) => r.code),
                ...(claimedByPrior ? ['NIK_CLAIMED_OTHER_ROSTER'] : []),
              ],
            };
          });
          const actual = page.items
            .sort((a, b) => a.row - b.row)
            .map((r) => ({ row: r.row, status: r.status, reasons: r.reasons.map((x) => x.code) }));
          expect(actual).toEqual(expected);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
