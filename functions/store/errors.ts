/**
 * The store's one error for "the write's condition no longer held": another request changed the
 * item first, the item already exists, a NIK is claimed. Store methods turn the AWS SDK's
 * exceptions into it, so services and the app never inspect SDK errors.
 */

/** Why the store refused; each store method names its own, e.g. `roster-not-draft`, `nik-claimed`. */
export type ConflictReason = string;

export class StoreConflict extends Error {
  override readonly name = 'StoreConflict';
  constructor(
    readonly reason: ConflictReason,
    /** For a transaction: the positions of the items whose condition failed (empty if unknown). */
    readonly failedItems: readonly number[] = [],
    options?: { cause?: unknown },
  ) {
    super(`The store refused the write: ${reason}.`, options);
  }
}

interface SdkErrorShape {
  name?: unknown;
  CancellationReasons?: ({ Code?: string } | undefined)[];
}

/** The reasons DynamoDB gives for cancelling a transaction that mean "someone else got there first". */
const CONFLICT_CODES = new Set(['ConditionalCheckFailed', 'TransactionConflict']);

/**
 * True for a conditional write whose condition failed, and for a cancelled transaction where an
 * item's condition failed or another transaction held the item. A transaction cancelled for other
 * reasons (throttling, validation) is not a conflict: retrying as if it were would hide it.
 */
export function isConditionFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, CancellationReasons: reasons } = error as SdkErrorShape;
  if (name === 'ConditionalCheckFailedException') return true;
  if (name !== 'TransactionCanceledException') return false;
  // Without reasons (an SDK or emulator that leaves them out) a cancelled transaction stays a conflict.
  return !reasons || reasons.some((r) => r?.Code !== undefined && CONFLICT_CODES.has(r.Code));
}

/** Positions of the transaction's items whose own condition failed. */
export function conditionFailedItems(error: unknown): number[] {
  const reasons = (error as SdkErrorShape | null)?.CancellationReasons ?? [];
  return reasons.flatMap((r, i) => (r?.Code === 'ConditionalCheckFailed' ? [i] : []));
}

/**
 * `catch (error) { throw toStoreConflict(error, 'roster-not-draft'); }`: a condition failure becomes
 * a StoreConflict with that reason (the SDK error kept as its cause); anything else is returned
 * unchanged, to be thrown as it was.
 */
export function toStoreConflict(error: unknown, reason: ConflictReason): unknown {
  return isConditionFailure(error)
    ? new StoreConflict(reason, conditionFailedItems(error), { cause: error })
    : error;
}
