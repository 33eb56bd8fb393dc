import { describe, expect, it } from 'vitest';
import { allocate } from '../../shared/allocation';
import { InputError } from '../../shared/errors';

// Kapuas (domain.md §1): 39,073 verified workers, covered for 12 months at the standard
// Rp 16,800 package: 12 × 16,800 = 201,600 per worker.
const KAPUAS = 39_073;
const YEAR = 201_600;

describe('priority: fill sources in row order', () => {
  it('Kapuas: DD, DBH Sawit and APBD budgets, and the shortfall', () => {
    // DD 2,016,000,000 ÷ 201,600 = 10,000 workers exactly, nothing unused.
    // DBH-SAWIT 1,500,000,000 ÷ 201,600 = 7,440.47 → 7,440 workers = 1,499,904,000; 96,000 unused.
    // APBD 3,000,000,000 ÷ 201,600 = 14,880.95 → 14,880 workers = 2,999,808,000; 192,000 unused.
    // Funded 10,000 + 7,440 + 14,880 = 32,320; shortfall 39,073 − 32,320 = 6,753 workers,
    // 6,753 × 201,600 = 1,361,404,800 rupiah.
    const result = allocate({
      workers: KAPUAS,
      unitCost: YEAR,
      sources: [
        { name: 'DD', budget: 2_016_000_000 },
        { name: 'DBH-SAWIT', budget: 1_500_000_000 },
        { name: 'APBD', budget: 3_000_000_000 },
      ],
    });
    expect(result).toEqual({
      lines: [
        { name: 'DD', workers: 10_000, amount: 2_016_000_000, unused: 0 },
        { name: 'DBH-SAWIT', workers: 7_440, amount: 1_499_904_000, unused: 96_000 },
        { name: 'APBD', workers: 14_880, amount: 2_999_808_000, unused: 192_000 },
      ],
      shortfall: { workers: 6_753, amount: 1_361_404_800 },
    });
  });

  it('Kapuas: an APBD large enough closes the gap and keeps the rest', () => {
    // APBD 8,000,000,000 could pay 39,682; after DD 10,000 and DBH 7,440 only 21,633 remain:
    // 21,633 × 201,600 = 4,361,212,800; unused 8,000,000,000 − 4,361,212,800 = 3,638,787,200.
    const result = allocate({
      workers: KAPUAS,
      unitCost: YEAR,
      sources: [
        { name: 'DD', budget: 2_016_000_000 },
        { name: 'DBH-SAWIT', budget: 1_500_000_000 },
        { name: 'APBD', budget: 8_000_000_000 },
      ],
    });
    expect(result.lines[2]).toEqual({
      name: 'APBD',
      workers: 21_633,
      amount: 4_361_212_800,
      unused: 3_638_787_200,
    });
    expect(result.shortfall).toEqual({ workers: 0, amount: 0 });
  });

  it('row order decides who pays first', () => {
    // 10 workers at 100: A can pay 6, B 8. A first: 6 + 4; B first: 8 + 2.
    const sources = [
      { name: 'A', budget: 600 },
      { name: 'B', budget: 800 },
    ];
    expect(allocate({ workers: 10, unitCost: 100, sources }).lines.map((l) => l.workers)).toEqual([6, 4]);
    expect(
      allocate({ workers: 10, unitCost: 100, sources: [...sources].reverse() }).lines.map((l) => l.workers),
    ).toEqual([8, 2]);
  });

  it('no sources or no workers are not errors', () => {
    expect(allocate({ workers: 5, unitCost: 100, sources: [] })).toEqual({
      lines: [],
      shortfall: { workers: 5, amount: 500 },
    });
    expect(allocate({ workers: 0, unitCost: 100, sources: [{ name: 'APBD', budget: 1000 }] }).lines).toEqual([
      { name: 'APBD', workers: 0, amount: 0, unused: 1000 },
    ]);
  });
});

describe('village money pays only for its own village', () => {
  // 300 workers: 120 in Sei Pudak, 80 in Mandomai, 100 counted in no village. One year each.
  const workersByVillage = { 'Sei Pudak': 120, Mandomai: 80 };
  const sources = [
    { name: 'APBD', budget: 150 * YEAR }, // pays 150
    { name: 'DD Sei Pudak', budget: 100 * YEAR, village: 'Sei Pudak' }, // pays up to 100 of Sei Pudak
    { name: 'DD Mandomai', budget: 50 * YEAR + 100_000, village: 'Mandomai' }, // 50 of Mandomai, 100,000 left
  ];

  it('general money listed first leaves village workers to their own village money', () => {
    // APBD takes the 100 workers of no village, then the 20 Sei Pudak workers its DD cannot pay
    // (120 − 100) and the 30 Mandomai workers its DD cannot pay (80 − 50): 150. DD Sei Pudak pays
    // its remaining 100 and DD Mandomai its 50. All 300 funded. Had APBD taken 50 Sei Pudak workers
    // instead, DD Sei Pudak could pay only 70 and 30 workers would be left unfunded.
    const result = allocate({ workers: 300, unitCost: YEAR, sources, workersByVillage });
    expect(result.lines.map((l) => [l.name, l.village, l.workers, l.unused])).toEqual([
      ['APBD', undefined, 150, 0],
      ['DD Sei Pudak', 'Sei Pudak', 100, 0],
      ['DD Mandomai', 'Mandomai', 50, 100_000],
    ]);
    expect(result.shortfall).toEqual({ workers: 0, amount: 0 });
  });

  it('village money cannot pay for more workers than its village has', () => {
    // DD Mandomai could pay 200 but Mandomai has 80; APBD pays the 100 of no village and 20 of
    // Sei Pudak; 100 Sei Pudak workers remain unfunded.
    const result = allocate({
      workers: 300,
      unitCost: YEAR,
      workersByVillage,
      sources: [
        { name: 'DD Mandomai', budget: 200 * YEAR, village: 'mandomai ' },
        { name: 'APBD', budget: 120 * YEAR },
      ],
    });
    expect(result.lines.map((l) => l.workers)).toEqual([80, 120]);
    expect(result.lines[0]!.unused).toBe(120 * YEAR);
    expect(result.lines[0]!.village).toBe('mandomai');
    expect(result.shortfall.workers).toBe(100);
  });

  it('a village with no listed workers pays for nobody', () => {
    const result = allocate({
      workers: 10,
      unitCost: 100,
      workersByVillage: { A: 10 },
      sources: [{ name: 'DD B', budget: 1000, village: 'B' }],
    });
    expect(result.lines[0]!.workers).toBe(0);
    expect(result.shortfall.workers).toBe(10);
  });

  it('the same rule in proportional mode: budgets 3 : 2 : 1 fund all 300', () => {
    // Weights are budgets, 150 : 100 : 50 workers' worth; the level reaches exactly each cap.
    const result = allocate({
      workers: 300,
      unitCost: YEAR,
      sources,
      workersByVillage,
      method: 'proportional',
    });
    expect(result.lines.map((l) => l.workers)).toEqual([150, 100, 50]);
    expect(result.shortfall.workers).toBe(0);
  });

  it('proportional: a village that runs out of workers spills to the others', () => {
    // 200 workers, 40 of them in Sei Pudak. Equal shares would give 100 each, but DD Sei Pudak can
    // only take its 40 villagers; APBD takes the other 160.
    const result = allocate({
      workers: 200,
      unitCost: 100,
      method: 'proportional',
      workersByVillage: { 'Sei Pudak': 40 },
      sources: [
        { name: 'DD Sei Pudak', budget: 10_000, share: 1, village: 'Sei Pudak' },
        { name: 'APBD', budget: 20_000, share: 1 },
      ],
    });
    expect(result.lines.map((l) => l.workers)).toEqual([40, 160]);
  });

  it('proportional: two village sources share their village by weight', () => {
    // 100 workers, 45 in A. Shares DD 2, ADD 1, APBD 1: level 100 ÷ 4 = 25 → DD 50, ADD 25,
    // 75 > 45, so A's money takes exactly its 45, split 2 : 1 = 30 and 15; APBD takes the other 55.
    const result = allocate({
      workers: 100,
      unitCost: 100,
      method: 'proportional',
      workersByVillage: { A: 45 },
      sources: [
        { name: 'DD A', budget: 10_000, share: 2, village: 'A' },
        { name: 'ADD A', budget: 10_000, share: 1, village: 'A' },
        { name: 'APBD', budget: 10_000, share: 1 },
      ],
    });
    expect(result.lines.map((l) => l.workers)).toEqual([30, 15, 55]);
  });
});

describe('proportional: split by share or budget', () => {
  it('Kapuas by shares 30 : 20 : 50, DBH capped and spilling', () => {
    // Caps: DD 3,000,000,000 → 14,880; DBH 1,500,000,000 → 7,440; APBD 6,000,000,000 → 29,761.
    // Level 39,073 ÷ 100 = 390.73: DD 11,721.9, DBH 7,814.6 > 7,440 (capped), APBD 19,536.5.
    // Again without DBH: 31,633 ÷ 80 = 395.4125: DD 11,862.375, APBD 19,770.625.
    // Largest remainder: floors 11,862 + 19,770 = 31,632, one left → APBD (.625 > .375).
    // DD 11,862 × 201,600 = 2,391,379,200; APBD 19,771 × 201,600 = 3,985,833,600.
    const result = allocate({
      workers: KAPUAS,
      unitCost: YEAR,
      method: 'proportional',
      sources: [
        { name: 'DD', budget: 3_000_000_000, share: 30 },
        { name: 'DBH-SAWIT', budget: 1_500_000_000, share: 20 },
        { name: 'APBD', budget: 6_000_000_000, share: 50 },
      ],
    });
    expect(result.lines).toEqual([
      { name: 'DD', workers: 11_862, amount: 2_391_379_200, unused: 608_620_800 },
      { name: 'DBH-SAWIT', workers: 7_440, amount: 1_499_904_000, unused: 96_000 },
      { name: 'APBD', workers: 19_771, amount: 3_985_833_600, unused: 2_014_166_400 },
    ]);
    expect(result.shortfall).toEqual({ workers: 0, amount: 0 });
  });

  it('Kapuas by budget when money is short: every source ends at its cap, same shortfall as priority', () => {
    // 32,320 can be funded at most. Level by budget: DBH 7,440.14 > 7,440 and APBD 14,880.29 > 14,880
    // are capped; DD then takes the remaining 10,000 = its cap. Shortfall 6,753 as in priority mode.
    const result = allocate({
      workers: KAPUAS,
      unitCost: YEAR,
      method: 'proportional',
      sources: [
        { name: 'DD', budget: 2_016_000_000 },
        { name: 'DBH-SAWIT', budget: 1_500_000_000 },
        { name: 'APBD', budget: 3_000_000_000 },
      ],
    });
    expect(result.lines.map((l) => l.workers)).toEqual([10_000, 7_440, 14_880]);
    expect(result.shortfall).toEqual({ workers: 6_753, amount: 1_361_404_800 });
  });

  it('largest remainder: 10 workers in thirds → 4, 3, 3 (the tie goes to the first row)', () => {
    const result = allocate({
      workers: 10,
      unitCost: 1,
      method: 'PROPORTIONAL' as 'proportional',
      sources: ['A', 'B', 'C'].map((name) => ({ name, budget: 100, share: 1 })),
    });
    expect(result.lines.map((l) => l.workers)).toEqual([4, 3, 3]);
  });

  it('largest remainder: shares 1 : 2 : 3 of 7 → 1.17, 2.33, 3.5 → 1, 2, 4', () => {
    const result = allocate({
      workers: 7,
      unitCost: 1,
      method: 'proportional',
      sources: [
        { name: 'A', budget: 100, share: 1 },
        { name: 'B', budget: 100, share: 2 },
        { name: 'C', budget: 100, share: 3 },
      ],
    });
    expect(result.lines.map((l) => l.workers)).toEqual([1, 2, 4]);
  });

  it('a share of 0 opts a source out even while workers are unfunded', () => {
    const result = allocate({
      workers: 10,
      unitCost: 1,
      method: 'proportional',
      sources: [
        { name: 'A', budget: 4, share: 1 },
        { name: 'B', budget: 100, share: 0 },
      ],
    });
    expect(result.lines.map((l) => l.workers)).toEqual([4, 0]);
    expect(result.shortfall.workers).toBe(6);
  });
});

describe('bad requests are refused with what to fix', () => {
  const refuses = (request: unknown, field: string, message: RegExp) => {
    try {
      allocate(request as Parameters<typeof allocate>[0]);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe(field);
      expect((error as InputError).message).toMatch(message);
      return;
    }
    throw new Error('expected an InputError');
  };
  const ok = { workers: 10, unitCost: 100, sources: [{ name: 'APBD', budget: 1000 }] };

  it('workers and unit cost', () => {
    refuses({ ...ok, workers: -1 }, 'workers', /at least 0/);
    refuses({ ...ok, workers: 2.5 }, 'workers', /whole number/);
    refuses({ ...ok, unitCost: 0 }, 'unit_cost', /above 0/);
    refuses({ ...ok, unitCost: -16_800 }, 'unit_cost', /above 0/);
    refuses({ ...ok, unitCost: 16_800.5 }, 'unit_cost', /whole number/);
    refuses({ ...ok, method: 'fair' }, 'method', /priority or proportional/);
  });

  it('sources', () => {
    refuses({ ...ok, sources: 'APBD' }, 'sources', /list/);
    refuses({ ...ok, sources: [{ name: 'APBD', budget: -1 }] }, 'sources', /budget of "APBD".*0 or more/);
    refuses({ ...ok, sources: [{ name: '  ', budget: 1 }] }, 'sources', /row 1 needs a name/);
    refuses(
      {
        ...ok,
        sources: [
          { name: 'DD', budget: 1 },
          { name: 'dd ', budget: 2 },
        ],
      },
      'sources',
      /"dd" is used in rows 1 and 2/,
    );
    refuses({ ...ok, sources: [{ name: 'A', budget: 1, share: -2 }] }, 'sources', /share of "A"/);
  });

  it('shares in proportional mode', () => {
    const two = (a?: number, b?: number) => [
      { name: 'A', budget: 100, share: a },
      { name: 'B', budget: 100, share: b },
    ];
    refuses({ ...ok, method: 'proportional', sources: two(0, 0) }, 'sources', /at least one share/);
    refuses(
      { ...ok, method: 'proportional', sources: two(1, undefined) },
      'sources',
      /every source, or for none/,
    );
    // In priority mode shares are simply not used.
    expect(allocate({ ...ok, sources: two(0, 0) }).lines.map((l) => l.workers)).toEqual([1, 1]);
  });

  it('villages', () => {
    const dd = [{ name: 'DD A', budget: 1000, village: 'A' }];
    refuses({ ...ok, sources: dd }, 'workers_by_village', /workers_by_village/);
    refuses({ ...ok, sources: dd, workersByVillage: { A: 11 } }, 'workers_by_village', /only 10/);
    refuses({ ...ok, sources: dd, workersByVillage: { A: 3, ' a ': 2 } }, 'workers_by_village', /twice/);
    refuses({ ...ok, sources: dd, workersByVillage: { A: -3 } }, 'workers_by_village["A"]', /at least 0/);
    refuses({ ...ok, sources: [{ name: 'DD', budget: 1, village: '' }] }, 'sources', /village of "DD"/);
  });
});
