/** `npx rentan --help` works in a clone after `npm ci`, and every command documents its options and exit codes. */
import { describe, expect, it } from 'vitest';
import { REPO, rentan, spawnCommand } from './support/run-rentan';

describe('rentan help', () => {
  it("npx finds the project's own bin and shows the commands and exit codes", async () => {
    const run = await spawnCommand('npx', ['--no-install', 'rentan', '--help'], REPO);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: rentan [options] [command]');
    expect(run.stdout).toMatch(/check \[options\] <file>/);
    for (const code of ['0 ', '1 ', '2 ', '3 ', '4 ', '5 ', '6 ', '70 '])
      expect(run.stdout).toContain(`\n  ${code}`);
  });

  it('rentan check --help lists every option with examples', async () => {
    const run = await rentan(['check', '--help'], REPO);
    expect(run.code).toBe(0);
    for (const option of [
      '--sheet <name>',
      '--as-of <YYYY-MM-DD>',
      '--policy <file>',
      '--set <key=value>',
      '--funding <source>',
      '--start <YYYY-MM>',
      '--months <n>',
      '--program <package>',
      '--sector <sector>',
      '--lang <lang>',
      '--json',
      '--out <file.xlsx>',
      '--strict',
    ]) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain('Examples:');
  });

  it('with no arguments prints the help and exits 0; --version prints the package version', async () => {
    const bare = await rentan([], REPO);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('Usage: rentan');
    const version = await rentan(['--version'], REPO);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
