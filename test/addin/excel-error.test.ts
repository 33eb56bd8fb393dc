/**
 * The door to Excel's CustomFunctions global: found in Excel, replaceable in Node, and loud when
 * missing, so no test can pass because errors silently went nowhere.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { asExcel, excelError, useCustomFunctionsRuntime } from '../../addin/functions/excel-error';
import { InputError } from '../../shared/errors';
import { installExcelStandIn, StandInError } from './excel-runtime';

afterEach(() => {
  useCustomFunctionsRuntime(undefined);
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
});

describe('excelError', () => {
  it('refuses to run without a runtime instead of making something up', () => {
    expect(() => excelError('x')).toThrow(/CustomFunctions runtime is not available/);
  });

  it("uses Excel's global when there is one", () => {
    installExcelStandIn();
    const ErrorClass = StandInError;
    useCustomFunctionsRuntime(undefined);
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: ErrorClass,
      ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!' },
    };
    const error = excelError('months must be a whole number.');
    expect(error).toBeInstanceOf(StandInError);
    expect(error).toMatchObject({ code: '#VALUE!', message: 'months must be a whole number.' });
  });

  it('gives #NUM! without a message, as Excel requires', () => {
    installExcelStandIn();
    const error = excelError('ignored', 'invalidNumber') as unknown as StandInError;
    expect(error.code).toBe('#NUM!');
    expect(error.message).toBeUndefined();
  });
});

describe('asExcel', () => {
  it('turns an InputError into a thrown #VALUE! carrying its message', () => {
    installExcelStandIn();
    let thrown: unknown;
    try {
      asExcel(() => {
        throw new InputError('months', 'months must be at least 0, got -1.');
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StandInError);
    expect(thrown).toMatchObject({ code: '#VALUE!', message: 'months must be at least 0, got -1.' });
  });

  it('lets any other error through: a bug must not hide as a tidy #VALUE!', () => {
    installExcelStandIn();
    expect(() =>
      asExcel(() => {
        throw new TypeError('boom');
      }),
    ).toThrow(TypeError);
  });

  it('returns the value when nothing goes wrong', () => {
    expect(asExcel(() => 42)).toBe(42);
  });
});
