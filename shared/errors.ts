/**
 * The one error type shared/ throws for impossible arguments.
 *
 * Callers (custom functions, the HTTP API, the command line) turn it into their own error shape,
 * so the message must tell a person what to fix, and `field` names the argument at fault.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The argument or setting at fault, as the caller named it (e.g. `workers`, `income_base`). */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Throws an InputError unless `value` is a finite integer ≥ `min`. */
export function requireWholeNumber(field: string, value: unknown, min = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError(field, `${field} must be a number, got ${describe(value)}.`);
  }
  if (!Number.isInteger(value)) {
    throw new InputError(field, `${field} must be a whole number, got ${value}.`);
  }
  if (value < min) {
    throw new InputError(field, `${field} must be at least ${min}, got ${value}.`);
  }
  return value;
}

/** Throws an InputError unless `value` is a finite number ≥ `min`. */
export function requireNumber(field: string, value: unknown, min = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError(field, `${field} must be a number, got ${describe(value)}.`);
  }
  if (value < min) {
    throw new InputError(field, `${field} must be at least ${min}, got ${value}.`);
  }
  return value;
}

/** A short, safe description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return value === '' ? 'an empty text' : `"${value.slice(0, 40)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}
