/** What a command gets besides its options: where to print, and a way to end with a finding's exit code. */
import type { ExitCode } from './exit-codes';

export interface CliContext {
  /** Standard output: the report, or the one JSON object. */
  out(text: string): void;
  /** Standard error: progress and notes, never results. */
  err(text: string): void;
  /** Whether standard error is a terminal (progress lines only there). */
  interactive: boolean;
  /** Shows `text` as the one progress line on a terminal, replacing the last; '' clears it. */
  progress(text: string): void;
  /** Ends the run with this code once the command returns (e.g. check --strict with rejected rows). */
  exitCode: ExitCode;
}
