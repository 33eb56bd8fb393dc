/**
 * Keeping each request under Excel on the web's 5 MB limit (request and response alike): blocks
 * of rows sized by the bytes the rows take as JSON, and a smaller retry when Excel still refuses.
 */

/** What one sync may carry. Well under 5 MB: the estimate is taken from a sample of rows. */
export const TARGET_BYTES = 2_500_000;

/** The error codes Excel gives when a request or its response is over the limit. */
const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

export function isPayloadLimitError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && PAYLOAD_CODES.has(code)) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && /payload size/i.test(message);
}

const encoder = new TextEncoder();

/** UTF-8 bytes of the rows as JSON: what Office sends over the wire for `values`. */
export function jsonBytes(rows: readonly (readonly unknown[])[]): number {
  return encoder.encode(JSON.stringify(rows)).length;
}

/**
 * How many rows of `bytesPerRow` fit in one sync. Rows vary (a long address, a blank row), so the
 * estimate keeps a quarter in hand.
 */
export function rowsPerBlock(bytesPerRow: number, targetBytes = TARGET_BYTES): number {
  return Math.max(1, Math.floor(targetBytes / (Math.max(bytesPerRow, 1) * 1.25)));
}

/**
 * Runs `step(start, count)` over `total` rows, each block `size(start)` rows long. A block Excel
 * refuses as too large is halved and tried again, and no later block is larger than that (Excel
 * has told us more than the estimate). `step` syncs once.
 */
export async function inBlocks(
  total: number,
  size: (start: number) => number,
  step: (start: number, count: number) => Promise<void>,
  onProgress?: (done: number) => void,
): Promise<void> {
  let cap = Number.POSITIVE_INFINITY;
  let start = 0;
  while (start < total) {
    const count = Math.max(1, Math.min(size(start), cap, total - start));
    try {
      await step(start, count);
    } catch (error) {
      if (!isPayloadLimitError(error) || count === 1) throw error;
      cap = Math.max(1, Math.floor(count / 2));
      continue;
    }
    start += count;
    onProgress?.(start);
  }
}

/**
 * Block sizes for rows whose bytes are known in advance (what is about to be written): as many
 * rows as fit in `targetBytes`, at least one.
 */
export function blockSizer(
  rowBytes: readonly number[],
  targetBytes = TARGET_BYTES,
): (start: number) => number {
  return (start) => {
    let bytes = 0;
    let end = start;
    while (end < rowBytes.length && (end === start || bytes + rowBytes[end]! <= targetBytes))
      bytes += rowBytes[end++]!;
    return end - start;
  };
}
