/**
 * Finding the rows of a roster again after the sheet changed. A person may sort the sheet by
 * village or fix a name between the check and the write; the row that was 7th may now be 4,012th.
 * Each row is found by its NIK cell, not its position: the NIK is what identifies the worker.
 */
import type { RosterSnapshot } from './types';

/** The comparison form of a NIK cell: text without spaces, dots, dashes or a leading apostrophe. */
export function nikKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) && value !== 0 ? String(value) : '';
  return String(value)
    .replace(/^'/, '')
    .replace(/[\s.\-]/g, '');
}

/** The roster-relative column holding the NIK in a snapshot's header row, or -1. */
export function nikColumnOf(snapshot: RosterSnapshot): number {
  return snapshot.nikColumn ?? -1;
}

/** Each data row's NIK key, as the snapshot read it. */
export function snapshotKeys(snapshot: RosterSnapshot): string[] {
  const column = nikColumnOf(snapshot);
  const keys = new Array<string>(snapshot.values.length - 1);
  for (let i = 1; i < snapshot.values.length; i++)
    keys[i - 1] = column < 0 ? '' : nikKey(snapshot.values[i]![column]);
  return keys;
}

export interface RowMap {
  /** True when the sheet holds the same NIKs in the same order: positions can be trusted. */
  sameOrder: boolean;
  /** For each current data row, the snapshot row (0-based) it is, or null (new, blank or changed). */
  snapshotOf: (number | null)[];
  /** For each snapshot row, where it is now (0-based data row), or null. */
  currentOf: (number | null)[];
}

/** Keys that appear on more than one row: a NIK listed twice, whose rows a sort may swap. */
export function repeatedKeys(keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of keys) {
    if (key === '') continue;
    if (seen.has(key)) repeated.add(key);
    else seen.add(key);
  }
  return repeated;
}

/**
 * Matches the rows read then (`before`) with the rows there now (`now`), both as NIK keys. A NIK
 * on several rows (a duplicate) is told apart by the whole row when `rowText` gives it (the text
 * of a row then and now; the duplicate usually differs in name or village); rows still alike are
 * matched in order. Rows with no NIK can only be trusted where nothing moved.
 */
export function mapRows(
  before: readonly string[],
  now: readonly string[],
  rowText?: { before: (index: number) => string; now: (index: number) => string | undefined },
): RowMap {
  const sameOrder = before.length === now.length && before.every((key, i) => key === now[i]);
  if (sameOrder) {
    const identity = before.map((_, i) => i);
    return { sameOrder, snapshotOf: identity, currentOf: [...identity] };
  }
  const queues = new Map<string, number[]>();
  before.forEach((key, i) => {
    if (key === '') return;
    const queue = queues.get(key);
    if (queue) queue.push(i);
    else queues.set(key, [i]);
  });
  const snapshotOf: (number | null)[] = new Array(now.length).fill(null);
  const currentOf: (number | null)[] = new Array(before.length).fill(null);
  const take = (i: number, from: number, queue: number[]) => {
    queue.splice(queue.indexOf(from), 1);
    snapshotOf[i] = from;
    currentOf[from] = i;
  };
  if (rowText) {
    now.forEach((key, i) => {
      const queue = key === '' ? undefined : queues.get(key);
      if (!queue || queue.length < 2) return;
      const text = rowText.now(i);
      const same = text === undefined ? undefined : queue.find((from) => rowText.before(from) === text);
      if (same !== undefined) take(i, same, queue);
    });
  }
  now.forEach((key, i) => {
    if (snapshotOf[i] !== null) return;
    const queue = key === '' ? undefined : queues.get(key);
    const from = queue?.[0];
    if (from !== undefined) take(i, from, queue!);
  });
  return { sameOrder, snapshotOf, currentOf };
}
