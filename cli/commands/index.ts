/**
 * Every `rentan` command, one file each. A new command is a file here exporting a register
 * function, added to this list; cli/main.ts does the rest (help, errors, exit codes).
 */
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { registerCheck } from './check';

export const COMMANDS: readonly ((program: Command, context: CliContext) => void)[] = [registerCheck];
