/**
 * The one door to Excel's `CustomFunctions` global for errors.
 *
 * In Excel the global exists before our script runs; in Node (tests, benches) it does not, so
 * tests install a stand-in with `useCustomFunctionsRuntime`. Everything else in addin/functions
 * calls `excelError` and never names the global, which keeps the adapters importable anywhere.
 */
import { InputError } from '../../shared/errors';

/** The two codes we use. Only #VALUE! (and #N/A) may carry a custom message in Excel. */
export type ExcelErrorKind = 'invalidValue' | 'invalidNumber';

/** The part of Excel's `CustomFunctions` namespace this module needs. */
export interface CustomFunctionsRuntime {
  Error: new (code: CustomFunctions.ErrorCode, message?: string) => CustomFunctions.Error;
  ErrorCode: { invalidValue: CustomFunctions.ErrorCode; invalidNumber: CustomFunctions.ErrorCode };
}

let installed: CustomFunctionsRuntime | undefined;

/** Lets a host without Excel (tests, benches) provide the runtime; pass undefined to remove it. */
export function useCustomFunctionsRuntime(runtime: CustomFunctionsRuntime | undefined): void {
  installed = runtime;
}

function runtime(): CustomFunctionsRuntime {
  if (installed) return installed;
  const global = (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  if (!global) {
    // Reaching here outside Excel means a test forgot to install a stand-in: say so plainly.
    throw new Error('CustomFunctions runtime is not available: call useCustomFunctionsRuntime first.');
  }
  return global;
}

/**
 * An Excel error value. #VALUE! carries `message` (Excel shows it in the cell's error tip); #NUM!
 * cannot carry one in Excel, so callers wanting the user to read why should use #VALUE!.
 */
export function excelError(message: string, kind: ExcelErrorKind = 'invalidValue'): CustomFunctions.Error {
  const rt = runtime();
  const code = rt.ErrorCode[kind];
  return kind === 'invalidValue' ? new rt.Error(code, message) : new rt.Error(code);
}

/**
 * Runs one custom function body, turning an InputError (an impossible argument) into a thrown
 * #VALUE! whose message names the argument and what to fix. Anything else is a bug and is left
 * to propagate, so tests see it instead of a tidy error cell.
 */
export function asExcel<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof InputError) throw excelError(error.message);
    throw error;
  }
}
