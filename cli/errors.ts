/**
 * Errors the command line reports: one line for the user and the exit code that goes with it.
 * Commands throw these; only cli/main.ts prints them and sets the exit code, so every command
 * fails the same way (one line on stderr, no stack trace).
 */
import { InputError } from '../shared/errors';
import { EXIT, type ExitCode } from './exit-codes';

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
  }
}

/** The command line is wrong (exit 2). */
export function usageError(message: string): CliError {
  return new CliError(EXIT.USAGE, message);
}

/** A file cannot be used (exit 3). */
export function fileError(message: string): CliError {
  return new CliError(EXIT.FILE, message);
}

/**
 * Runs `work`, turning a shared/ InputError (a bad setting or argument) into a CliError with
 * `exitCode`, prefixed by where the value came from (e.g. "--set"); '' when the message names it.
 */
export function withInputErrorsAs<T>(exitCode: ExitCode, source: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputError) {
      throw new CliError(exitCode, source === '' ? error.message : `${source}: ${error.message}`);
    }
    throw error;
  }
}

/** The one line an operating-system error deserves, by its code (ENOENT, EACCES ...). */
export function describeSystemError(error: unknown, path: string): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file.`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied.`;
    case 'EISDIR':
      return `${path} is a folder, not a file.`;
    case 'ENOTDIR':
      return `${path}: a part of the path is not a folder.`;
    case 'EMFILE':
    case 'EBUSY':
      return `${path} is busy; close it in other programs and try again.`;
    default:
      return undefined;
  }
}
