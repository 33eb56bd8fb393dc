/**
 * A faithful stand-in for Excel's CustomFunctions.Error, for tests in Node. It behaves as Excel
 * documents the real one, including the rule that only #VALUE! and #N/A may carry a message:
 * constructing any other code with a message throws, so a test cannot pass on a message Excel
 * would never show.
 */
import { expect } from 'vitest';
import { useCustomFunctionsRuntime } from '../../addin/functions/excel-error';

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
} as const;
const MESSAGE_ALLOWED = new Set<string>([ERROR_CODES.invalidValue, ERROR_CODES.notAvailable]);

export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    if (!Object.values(ERROR_CODES).includes(code as never))
      throw new Error(`Excel has no error code ${code}.`);
    if (message !== undefined && !MESSAGE_ALLOWED.has(code)) {
      throw new Error(`Excel cannot show a message with ${code}.`);
    }
  }
}

export function installExcelStandIn(): void {
  useCustomFunctionsRuntime({
    Error: StandInError as unknown as new (
      code: CustomFunctions.ErrorCode,
      message?: string,
    ) => CustomFunctions.Error,
    ErrorCode: ERROR_CODES as unknown as {
      invalidValue: CustomFunctions.ErrorCode;
      invalidNumber: CustomFunctions.ErrorCode;
    },
  });
}

/** Calls `call`, which must throw an Excel error; returns it for the test to read its message. */
export function excelErrorFrom(call: () => unknown): StandInError {
  let thrown: unknown;
  let returned: unknown;
  try {
    returned = call();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) expect.fail(`expected an Excel error, got the value ${JSON.stringify(returned)}`);
  if (!(thrown instanceof StandInError)) throw thrown;
  return thrown;
}

/** What Excel passes for an omitted optional range (typed undefined in the signature, null in fact). */
export const OMITTED_RANGE = null as unknown as undefined;
