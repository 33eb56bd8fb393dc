/**
 * RENTAN.ALLOCATE with Excel-shaped sources. Figures by hand from domain.md §6: whole workers,
 * ⌊budget ÷ unit cost⌋ at most per source, amount = workers × unit cost.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocate } from '../../addin/functions/functions';
import { excelErrorFrom, installExcelStandIn } from './excel-runtime';

beforeAll(installExcelStandIn);

// One Kapuas worker for 12 months at the standard rate: 16,800 × 12 = 201,600.
const UNIT = 201_600;

describe('RENTAN.ALLOCATE', () => {
  it('funds Kapuas from Dana Desa, DBH Sawit and APBD in priority order, then the shortfall (README)', () => {
    const sources = [
      ['Dana Desa', 2_000_000_000],
      ['DBH Sawit', 1_500_000_000],
      ['APBD', 3_000_000_000],
    ];
    expect(allocate([[39_073]], UNIT, sources)).toEqual([
      // ⌊2,000,000,000 ÷ 201,600⌋ = 9,920; 9,920 × 201,600 = 1,999,872,000; unused 128,000
      ['Dana Desa', 9_920, 1_999_872_000, 128_000],
      // ⌊1,500,000,000 ÷ 201,600⌋ = 7,440; 7,440 × 201,600 = 1,499,904,000; unused 96,000
      ['DBH Sawit', 7_440, 1_499_904_000, 96_000],
      // ⌊3,000,000,000 ÷ 201,600⌋ = 14,880; 14,880 × 201,600 = 2,999,808,000; unused 192,000
      ['APBD', 14_880, 2_999_808_000, 192_000],
      // 39,073 − 9,920 − 7,440 − 14,880 = 6,833 workers; × 201,600 = 1,377,532,800
      ['SHORTFALL', 6_833, 1_377_532_800, ''],
    ]);
  });

  it('keeps a blank source row blank, so the spill lines up with the table beside it', () => {
    // 10 workers at 100: APBD pays 6 (⌊600 ÷ 100⌋), CSR pays the other 4.
    expect(
      allocate(
        [[10]],
        100,
        [
          ['APBD', 600],
          [null, ''],
          ['CSR', '1000'],
        ],
        'priority',
      ),
    ).toEqual([
      ['APBD', 6, 600, 0],
      ['', '', '', ''],
      ['CSR', 4, 400, 600],
      ['SHORTFALL', 0, 0, ''],
    ]);
  });

  it('splits proportionally by share, and a capped source spills to the others', () => {
    // Shares 3 : 2 of 10 workers → 6 and 4.
    expect(
      allocate(
        [[10]],
        100,
        [
          ['A', 2_000, 3],
          ['B', 2_000, 2],
        ],
        'Proportional',
      ),
    ).toEqual([
      ['A', 6, 600, 1_400],
      ['B', 4, 400, 1_600],
      ['SHORTFALL', 0, 0, ''],
    ]);
    // A can pay for only 3 (⌊300 ÷ 100⌋): the 3 it cannot take go to B, which pays 7.
    expect(
      allocate(
        [[10]],
        100,
        [
          ['A', 300, 3],
          ['B', 2_000, 2],
        ],
        'proportional',
      ),
    ).toEqual([
      ['A', 3, 300, 0],
      ['B', 7, 700, 1_300],
      ['SHORTFALL', 0, 0, ''],
    ]);
  });

  it('lets village money pay only for its own village', () => {
    // Sei Pudak has 30 workers, Pulau Telo 20. DD Sei Pudak could pay for 50 but only has 30 to pay
    // for (3,000, unused 2,000); APBD pays the 20 of Pulau Telo (2,000, unused 1,000).
    const workers = [
      ['Sei Pudak', 30],
      ['Pulau Telo', 20],
    ];
    const sources = [
      ['DD Sei Pudak', 5_000, null, 'Sei Pudak'],
      ['APBD', 3_000, null, null],
    ];
    expect(allocate(workers, 100, sources)).toEqual([
      ['DD Sei Pudak', 30, 3_000, 2_000],
      ['APBD', 20, 2_000, 1_000],
      ['SHORTFALL', 0, 0, ''],
    ]);
  });

  it('keeps its promises for any sources: whole workers, within budget, funded + shortfall = N', () => {
    const source = fc.tuple(
      fc.integer({ min: 0, max: 1_000_000_000 }),
      fc.option(fc.integer({ min: 1, max: 9 })),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 1, max: 300_000 }),
        fc.array(source, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('priority', 'proportional'),
        (workers, unit, budgets, method) => {
          // Shares for all sources or none, as proportional mode asks.
          const withShares = budgets.every(([, share]) => share !== null);
          const sources = budgets.map(([budget, share], i) => [`S${i}`, budget, withShares ? share : null]);
          const out = allocate([[workers]], unit, sources, method);
          expect(out).toHaveLength(sources.length + 1);
          let funded = 0;
          out.slice(0, -1).forEach((line, i) => {
            const [name, n, amount, unused] = line as [string, number, number, number];
            expect(name).toBe(`S${i}`);
            expect(Number.isInteger(n) && n >= 0).toBe(true);
            expect(amount).toBe(n * unit);
            expect(amount).toBeLessThanOrEqual(budgets[i]![0]);
            expect(unused).toBe(budgets[i]![0] - amount);
            funded += n;
          });
          const [label, short, shortAmount, blank] = out.at(-1)!;
          expect([label, blank]).toEqual(['SHORTFALL', '']);
          expect(funded + (short as number)).toBe(workers);
          expect(shortAmount).toBe((short as number) * unit);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('bad arguments give #VALUE! with what to fix', () => {
  const sources = [['APBD', 1_000_000]];
  it.each([
    ['no workers', () => allocate([[null]], UNIT, sources), /workers must be a whole number, got nothing/],
    ['negative workers', () => allocate([[-5]], UNIT, sources), /workers must be at least 0, got -5/],
    [
      'a three-column workers range',
      () => allocate([['a', 1, 2]], UNIT, sources),
      /two-column range: village, workers/,
    ],
    [
      'a village twice',
      () =>
        allocate(
          [
            ['X', 1],
            ['X', 2],
          ],
          UNIT,
          sources,
        ),
      /workers lists village X twice \(row 2\)/,
    ],
    [
      'a village twice, case aside',
      () =>
        allocate(
          [
            ['X', 1],
            ['x ', 2],
          ],
          UNIT,
          sources,
        ),
      /lists village "x" twice/,
    ],
    [
      'a count without a village',
      () =>
        allocate(
          [
            ['X', 1],
            [null, 2],
          ],
          UNIT,
          sources,
        ),
      /row 2 has a count but no village/,
    ],
    ['a unit cost of 0', () => allocate([[10]], 0, sources), /unit_cost must be at least 1, got 0/],
    [
      'a unit cost in words',
      () => allocate([[10]], 'dua ratus ribu', sources),
      /unit_cost must be a whole number/,
    ],
    [
      'a header row in sources',
      () =>
        allocate([[10]], UNIT, [
          ['Sumber', 'Anggaran'],
          ['APBD', 1_000],
        ]),
      /without their header row/,
    ],
    ['a one-column sources range', () => allocate([[10]], UNIT, [['APBD'], ['DD']]), /2 to 4 columns/],
    ['a source without a name', () => allocate([[10]], UNIT, [[null, 1_000]]), /sources row 1 has no name/],
    [
      'a source without a budget',
      () => allocate([[10]], UNIT, [['APBD', null]]),
      /sources row 1 \(APBD\) has no budget/,
    ],
    ['a negative budget', () => allocate([[10]], UNIT, [['APBD', -1]]), /budget must be at least 0/],
    ['only blank sources', () => allocate([[10]], UNIT, [[null, null]]), /sources is empty/],
    [
      'two sources with one name',
      () =>
        allocate([[10]], UNIT, [
          ['APBD', 1],
          ['apbd', 2],
        ]),
      /used in rows 1 and 2/,
    ],
    [
      'an unknown method',
      () => allocate([[10]], UNIT, sources, 'random'),
      /method must be one of priority, proportional/,
    ],
    [
      'village money without village counts',
      () => allocate([[10]], UNIT, [['DD Sei Pudak', 1_000_000, null, 'Sei Pudak']]),
      /village money for Sei Pudak/,
    ],
    [
      'shares on some sources only',
      () =>
        allocate(
          [[10]],
          UNIT,
          [
            ['A', 1_000, 1],
            ['B', 1_000],
          ],
          'proportional',
        ),
      /give a share for every source, or for none/,
    ],
  ])('%s', (_what, call, message) => {
    const error = excelErrorFrom(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toMatch(message);
  });
});
