import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, formatYearMonth, monthsBetween } from '../../shared/calendar';
import { FUNDING_SOURCES, PROGRAMS, RISK_CLASSES, SECTORS, WAGE_PROGRAMS } from '../../shared/codes';
import { premium, premiumBreakdown, wagePremium, wagePremiumBreakdown } from '../../shared/premium';
import { propertyRuns, propertyTimeout } from '../support/property-runs';

// Months from the start of the BPU tables (2015-07) to 2030-12, so spans cross every discount window.
const month = fc
  .integer({ min: 2015 * 12 + 6, max: 2030 * 12 + 11 })
  .map((i) => formatYearMonth(Math.floor(i / 12), (i % 12) + 1));

const line = fc.record({
  program: fc.constantFrom(...PROGRAMS),
  incomeBase: fc.integer({ min: 1_000_000, max: 20_700_000 }),
  funding: fc.constantFrom(...FUNDING_SOURCES),
  sector: fc.constantFrom(...SECTORS),
  startMonth: fc.option(month, { nil: undefined }),
});

const workers = fc.integer({ min: 0, max: 100_000 });
const months = fc.integer({ min: 0, max: 36 });

// Generous timeouts: the machine is shared, and these are correctness checks, not speed checks.
describe('premium properties', { timeout: propertyTimeout() }, () => {
  it('is non-decreasing in workers', () => {
    fc.assert(
      fc.property(line, workers, workers, months, (l, a, b, m) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(premium({ ...l, workers: lo, months: m })).toBeLessThanOrEqual(
          premium({ ...l, workers: hi, months: m }),
        );
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('is non-decreasing in months (same start month)', () => {
    fc.assert(
      fc.property(line, workers, months, months, (l, w, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(premium({ ...l, workers: w, months: lo })).toBeLessThanOrEqual(
          premium({ ...l, workers: w, months: hi }),
        );
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('is linear in workers: premium(n) = n × premium(1)', () => {
    fc.assert(
      fc.property(line, workers, months, (l, w, m) => {
        expect(premium({ ...l, workers: w, months: m })).toBe(w * premium({ ...l, workers: 1, months: m }));
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('equals the sum of its breakdown, whose runs tile the span without gaps', () => {
    fc.assert(
      fc.property(line, workers, months, (l, w, m) => {
        const cost = { ...l, workers: w, months: m };
        const runs = premiumBreakdown(cost);
        expect(runs.reduce((sum, r) => sum + r.amount, 0)).toBe(premium(cost));
        expect(runs.reduce((sum, r) => sum + r.months, 0)).toBe(m);
        for (const r of runs) expect(r.amount).toBe(w * r.rate * r.months);
        if (l.startMonth !== undefined && runs.length > 0) {
          expect(runs[0]!.from).toBe(l.startMonth);
          runs.forEach((r, i) => {
            expect(monthsBetween(r.from!, r.to!) + 1).toBe(r.months);
            if (i > 0) expect(r.from).toBe(addMonths(runs[i - 1]!.to!, 1));
            if (i > 0) expect(r.rate).not.toBe(runs[i - 1]!.rate);
          });
        }
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('never costs more month by month than at the standard rate (discounts only reduce)', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 1, max: 36 }), (l, m) => {
        const standard = premium({ ...l, startMonth: undefined, workers: 1, months: m });
        expect(premium({ ...l, workers: 1, months: m })).toBeLessThanOrEqual(standard);
      }),
      { numRuns: propertyRuns() },
    );
  });
});

describe('wagePremium properties', { timeout: propertyTimeout() }, () => {
  const wageLine = fc.record({
    wage: fc.integer({ min: 1, max: 50_000_000 }),
    programs: fc.subarray([...WAGE_PROGRAMS], { minLength: 1 }),
    riskClass: fc.constantFrom(...RISK_CLASSES),
    // JP ceilings start in 2023-03.
    startMonth: fc.option(
      fc
        .integer({ min: 2023 * 12 + 2, max: 2030 * 12 + 11 })
        .map((i) => formatYearMonth(Math.floor(i / 12), (i % 12) + 1)),
      { nil: undefined },
    ),
  });

  it('is linear in workers and equals the sum of its breakdown', () => {
    fc.assert(
      fc.property(wageLine, workers, months, (l, w, m) => {
        const total = wagePremium({ ...l, workers: w, months: m });
        expect(total).toBe(w * wagePremium({ ...l, workers: 1, months: m }));
        expect(wagePremiumBreakdown({ ...l, workers: w, months: m }).reduce((s, r) => s + r.amount, 0)).toBe(
          total,
        );
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('is non-decreasing in the wage (the JP ceiling caps, never lowers)', () => {
    fc.assert(
      fc.property(wageLine, fc.integer({ min: 1, max: 50_000_000 }), months, (l, other, m) => {
        const [lo, hi] = l.wage <= other ? [l.wage, other] : [other, l.wage];
        expect(wagePremium({ ...l, wage: lo, workers: 1, months: m })).toBeLessThanOrEqual(
          wagePremium({ ...l, wage: hi, workers: 1, months: m }),
        );
      }),
      { numRuns: propertyRuns() },
    );
  });
});
