/**
 * Temporary contribution discounts (domain.md §2.2): effective-dated overrides on JKK and JKM.
 * A cost over a span of months must look each month up here, because the windows start and end
 * mid-year and differ by sector.
 */
import type { FundingSource, Sector } from '../codes';
import type { YearMonth } from '../calendar';
import type { Citation } from './citation';

/** The two participant kinds the rules tell apart. */
export type ParticipantKind = 'BPU' | 'PU';

export interface Discount extends Citation {
  /** A stable id, shown in breakdowns and the API. */
  readonly id: string;
  /** First and last contribution month the discount applies to, inclusive. */
  readonly from: YearMonth;
  readonly to: YearMonth;
  /** Programs whose contribution is reduced; any other program is charged in full. */
  readonly programs: readonly ('JKK' | 'JKM')[];
  /** The reduction, in basis points of the contribution (9,900 = −99%). */
  readonly discountBp: number;
  readonly participants: readonly ParticipantKind[];
  /** Sectors the window applies to. */
  readonly sectors: readonly Sector[];
  /** Funding sources the instrument itself excludes. */
  readonly excludedFunding: readonly FundingSource[];
  /**
   * Funding sources the instrument does not name: the discount applies to them only while the
   * `discountForNonStateFunding` setting is on (domain.md marks this reading as an assumption).
   */
  readonly unnamedFunding: readonly FundingSource[];
}

const ALL_SECTORS: readonly Sector[] = ['OTHER', 'TRANSPORT'];
const NON_STATE_FUNDING: readonly FundingSource[] = ['DD', 'ADD', 'DBH-SAWIT', 'CSR', 'MANDIRI'];

export const DISCOUNTS: readonly Discount[] = [
  {
    id: 'PP-49-2020',
    from: '2020-08',
    to: '2021-01',
    programs: ['JKK', 'JKM'],
    discountBp: 9_900,
    participants: ['BPU', 'PU'],
    sectors: ALL_SECTORS,
    excludedFunding: [],
    unnamedFunding: [],
    source: 'PP 49/2020 (contribution relief during the COVID-19 emergency)',
    assumption: false,
    note: 'JKK and JKM reduced by 99% for all participants, August 2020 to January 2021.',
  },
  {
    id: 'PP-50-2025-TRANSPORT',
    from: '2026-01',
    to: '2027-03',
    programs: ['JKK', 'JKM'],
    discountBp: 5_000,
    participants: ['BPU'],
    sectors: ['TRANSPORT'],
    excludedFunding: ['APBN', 'APBD'],
    unnamedFunding: NON_STATE_FUNDING,
    source: 'PP 50/2025 (22 December 2025)',
    assumption: false,
    note: 'BPU in the transport sector: JKK+JKM −50% (16,800 → 8,400), JHT not discounted; not for contributions paid from APBN or APBD.',
  },
  {
    id: 'PP-50-2025-OTHER',
    from: '2026-04',
    to: '2026-12',
    programs: ['JKK', 'JKM'],
    discountBp: 5_000,
    participants: ['BPU'],
    sectors: ['OTHER'],
    excludedFunding: ['APBN', 'APBD'],
    unnamedFunding: NON_STATE_FUNDING,
    source: 'PP 50/2025 (22 December 2025)',
    assumption: false,
    note: 'BPU in all other sectors: JKK+JKM −50%, JHT not discounted; not for contributions paid from APBN or APBD.',
  },
];
