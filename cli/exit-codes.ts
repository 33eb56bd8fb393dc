/**
 * The exit codes of `rentan`, one meaning each, so a script can tell "fix the file" from "try
 * again later". The README's "Command line" section lists the same table; keep them in step.
 */
export const EXIT = {
  /** Done. For `check`: the roster was read and checked, whatever the verdicts were. */
  OK: 0,
  /** `check --strict`: the roster was checked and has rejected or waitlisted rows. */
  ROSTER_PROBLEMS: 1,
  /** The command line is wrong: unknown command or option, a missing or bad value. */
  USAGE: 2,
  /** A file cannot be used: missing, unreadable, encrypted, corrupt, no roster in it, or --out not writable. */
  FILE: 3,
  /** The Rentan service cannot be reached. */
  UNREACHABLE: 4,
  /** Not signed in, or the sign-in has expired: run `rentan login`. */
  SIGNED_OUT: 5,
  /** The service refused the request; its sentence is printed. */
  REFUSED: 6,
  /** A fault in rentan itself; RENTAN_DEBUG=1 prints the stack. */
  INTERNAL: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The table shown under `rentan --help`. */
export const EXIT_CODE_HELP = [
  'Exit codes:',
  '  0   done (check: the roster was checked, whatever it found)',
  '  1   check --strict: the roster has rejected or waitlisted rows',
  '  2   wrong command line (unknown option, bad or missing value)',
  '  3   the file cannot be used (missing, unreadable, encrypted, corrupt, no roster)',
  '  4   the Rentan service cannot be reached',
  '  5   not signed in or the sign-in expired (rentan login)',
  '  6   refused by the Rentan service (its reason is printed)',
  '  70  a fault in rentan itself (RENTAN_DEBUG=1 shows details)',
].join('\n');
