/**
 * Where each NIK first appeared in a roster. A JavaScript Map of 100,000 sixteen-digit string keys
 * was the slowest single step of a roster check, so 16-digit keys live in an open-addressing table
 * of two 8-digit integers; anything else (a 15-digit typo, say) falls back to a Map.
 */
export class FirstRows {
  private high: Int32Array;
  private low: Int32Array;
  /** Row number per slot; 0 marks an empty slot (rows are numbered from 1). */
  private rows: Int32Array;
  private mask: number;
  private count = 0;
  private readonly others = new Map<string, number>();

  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2; // at most half full, so probes stay short
    this.high = new Int32Array(size);
    this.low = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Doubles the table when it is half full, so there is always an empty slot to stop a probe. */
  private grow(): void {
    const { high, low, rows } = this;
    const size = rows.length * 2;
    this.high = new Int32Array(size);
    this.low = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
    for (let slot = 0; slot < rows.length; slot++) {
      if (rows[slot] !== 0) this.place(high[slot]!, low[slot]!, rows[slot]!);
    }
  }

  private place(high: number, low: number, row: number): void {
    let slot = slotOf(high, low) & this.mask;
    while (this.rows[slot] !== 0) slot = (slot + 1) & this.mask;
    this.high[slot] = high;
    this.low[slot] = low;
    this.rows[slot] = row;
  }

  /** The row where `digits` first appeared; or, the first time, records `row` and returns undefined. */
  firstOrAdd(digits: string, row: number): number | undefined {
    const high = digits.length === 16 ? eightDigits(digits, 0) : -1;
    const low = high < 0 ? -1 : eightDigits(digits, 8);
    if (low < 0) {
      const first = this.others.get(digits);
      if (first === undefined) this.others.set(digits, row);
      return first;
    }
    for (let slot = slotOf(high, low) & this.mask; ; slot = (slot + 1) & this.mask) {
      const first = this.rows[slot]!;
      if (first === 0) break;
      if (this.high[slot] === high && this.low[slot] === low) return first;
    }
    if (++this.count * 2 > this.rows.length) this.grow();
    this.place(high, low, row);
    return undefined;
  }
}

/** A well-mixed 32-bit hash of the two halves. */
function slotOf(high: number, low: number): number {
  const hash = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b);
  return hash ^ (hash >>> 15);
}

/** Eight decimal digits from `at` as a number below 10^8, or -1 when one is not a digit. */
function eightDigits(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 8; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
