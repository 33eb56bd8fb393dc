/**
 * The `rentan` program: commands from cli/commands/, help text, and the one place errors become a
 * line on stderr and an exit code (cli/exit-codes.ts). No stack traces unless RENTAN_DEBUG=1.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands';
import type { CliContext } from './context';
import { CliError } from './errors';
import { EXIT, EXIT_CODE_HELP } from './exit-codes';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export function buildProgram(context: CliContext): Command {
  const program = new Command('rentan')
    .description(
      'Rentan from the command line: check rosters of pekerja rentan for BPJS Ketenagakerjaan, for offices ' +
        'working without the Excel add-in.',
    )
    .version(version(), '-V, --version')
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      // Commander's own errors (unknown option, missing argument) in rentan's one-line form; its
      // "(Did you mean ...?)" goes on the same line.
      outputError: (text, write) =>
        write(
          `rentan: ${text
            .replace(/^error: /, '')
            .trim()
            .replace(/\s*\n\s*/g, ' ')}\n`,
        ),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText('after', `\n${EXIT_CODE_HELP}`);
  for (const register of COMMANDS) register(program, context);
  // Subcommands inherit the settings above only when created after them; make sure of the override.
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs rentan with `argv` (without node and the script) and resolves to the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const context: CliContext = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    interactive: process.stderr.isTTY === true,
    progress: (text) => {
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${text}`);
    },
    exitCode: EXIT.OK,
  };
  const program = buildProgram(context);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.OK;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version end with a CommanderError too; they are not failures.
    if (['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code))
      return EXIT.OK;
    return EXIT.USAGE;
  }
  if (error instanceof CliError) {
    process.stderr.write(`rentan: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`rentan: unexpected error: ${message} (RENTAN_DEBUG=1 shows details)\n`);
  if (process.env.RENTAN_DEBUG && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  return EXIT.INTERNAL;
}
