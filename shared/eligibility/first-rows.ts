/**
 * Where each NIK first appeared in a roster, for the duplicate check (domain.md §3 rule 6).
 *
 * Why not a Map of the digit strings: on a 100,000-row roster that Map was the slowest step of
 * checkRoster, because every probe compares the key with other strings scattered across memory.
 * Nearly every key is 16 digits, which fit in two 8-digit integers, so those live in one flat
 * open-addressing table (linear probing) sized once for the roster and never more than half full,
 * where a probe touches only that table. Any other digit string (a 15-digit typo) uses a Map.
 */
import { InputError, requireWholeNumber } from '../errors';

export class FirstRows {
  private readonly high: Int32Array;
  private readonly low: Int32Array;
  /** Row number per slot; 0 marks an empty slot (rows are numbered from 1). */
  private readonly rows: Int32Array;
  private readonly mask: number;
  private readonly capacity: number;
  private count = 0;
  private readonly others = new Map<string, number>();

  /** `capacity`: the most keys that will be added, e.g. the roster's row count. */
  constructor(capacity: number) {
    this.capacity = requireWholeNumber('capacity', capacity);
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.high = new Int32Array(size);
    this.low = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
  }

  /**
   * The row where `digits` first appeared, or undefined when this is the first time, in which case
   * `row` (1 or more) is recorded as its first row.
   */
  firstOrAdd(digits: string, row: number): number | undefined {
    if (!Number.isInteger(row) || row < 1) {
      throw new InputError('row', `row must be a row number from 1, got ${row}.`);
    }
    const high = digits.length === 16 ? eightDigits(digits, 0) : -1;
    const low = high < 0 ? -1 : eightDigits(digits, 8);
    if (low < 0) {
      const first = this.others.get(digits);
      if (first === undefined) this.others.set(digits, row);
      return first;
    }
    let slot = slotOf(high, low) & this.mask;
    for (let first = this.rows[slot]!; first !== 0; first = this.rows[slot]!) {
      if (this.high[slot] === high && this.low[slot] === low) return first;
      slot = (slot + 1) & this.mask;
    }
    // An empty slot: the digits are new here.
    if (++this.count > this.capacity) {
      throw new InputError('digits', `FirstRows was made for ${this.capacity} keys; give it the row count.`);
    }
    this.high[slot] = high;
    this.low[slot] = low;
    this.rows[slot] = row;
    return undefined;
  }
}

/** A well-mixed 32-bit hash of the two halves (multiply and shift, as in common integer hashes). */
function slotOf(high: number, low: number): number {
  const hash = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b);
  return hash ^ (hash >>> 15);
}

/** Eight decimal digits from `at` as a number below 10^8, or -1 when one of them is not a digit. */
function eightDigits(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 8; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
