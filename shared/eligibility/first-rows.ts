/**
 * Where each NIK first appeared in a roster. A JavaScript Map of 100,000 sixteen-digit string keys
 * was the slowest single step of a roster check, so 16-digit keys live in an open-addressing table
 * of two 8-digit integers; anything else (a 15-digit typo, say) falls back to a Map.
 */
export class FirstRows {
  /**
   * Three numbers per slot, side by side so one probe touches one cache line: the row number
   * (0 marks an empty slot; rows are numbered from 1), then the high and low 8 digits.
   */
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private readonly others = new Map<string, number>();

  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2; // at most half full, so probes stay short
    this.slots = new Int32Array(size * 3);
    this.mask = size - 1;
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
    const slots = this.slots;
    for (let slot = slotOf(high, low) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * 3;
      const first = slots[at]!;
      if (first === 0) break;
      if (slots[at + 1] === high && slots[at + 2] === low) return first;
    }
    // Doubling at half full keeps an empty slot to end every probe.
    if (++this.count * 2 > this.mask + 1) this.grow();
    this.place(high, low, row);
    return undefined;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] !== 0) this.place(old[at + 1]!, old[at + 2]!, old[at]!);
    }
  }

  private place(high: number, low: number, row: number): void {
    let slot = slotOf(high, low) & this.mask;
    while (this.slots[slot * 3] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 3] = row;
    this.slots[slot * 3 + 1] = high;
    this.slots[slot * 3 + 2] = low;
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
