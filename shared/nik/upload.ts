/**
 * A NIK cell as the HTTP API takes it: text. A cell that holds a number (Excel kept 15 digits)
 * is sent in the scientific form Excel shows for it, so the server reads "precision lost" for
 * that row, as the local check does, instead of trusting digits that were rounded away.
 */
const PRECISION_LOST_FROM = 1e14;

export function nikForUpload(cell: string | number | null): string | null {
  if (typeof cell !== 'number') return cell;
  if (!Number.isFinite(cell)) return String(cell);
  return Math.abs(cell) >= PRECISION_LOST_FROM ? cell.toExponential() : String(cell);
}
