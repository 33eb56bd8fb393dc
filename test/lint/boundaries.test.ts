/**
 * The boundaries of design.md section 1, as lint enforces them: each case lints a small file placed
 * in a room of the repo with the project's own eslint.config.js and looks at which rule fired.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint;
beforeAll(async () => {
  // The files below exist only in memory, so type-aware rules (which need the files in the
  // TypeScript program) are switched off; every boundary rule stays as configured.
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: [{ files: ['**/*.{ts,tsx,mts,cts}'], ...tseslint.configs.disableTypeChecked }],
  });
  // Loading the config, the plugins and the parser is the slow part: do it once, before the cases.
  await eslint.lintText('export {};\n', { filePath: `${ROOT}shared/warm-up.ts` });
}, 120_000);

/** The rules that fire on `code` placed at `path` (relative to the repo root). */
async function rulesFired(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  const messages = result?.messages ?? [];
  // A parse error has no rule: report its text so a broken case does not pass as "no rule".
  return messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const PATH_RULE = 'import-x/no-restricted-paths';
const IMPORT_RULE = 'no-restricted-imports';

describe('forbidden imports fail lint', () => {
  it('shared/ importing functions/', async () => {
    expect(await rulesFired('shared/nik/x.ts', "export * from '../../functions/app';\n")).toEqual([
      PATH_RULE,
    ]);
  });

  it('shared/ importing a Node module, the AWS SDK or hono', async () => {
    for (const module of ['node:fs', 'fs', '@aws-sdk/lib-dynamodb', 'hono']) {
      expect(await rulesFired('shared/x.ts', `export * from '${module}';\n`)).toEqual([IMPORT_RULE]);
    }
  });

  it('client/ importing node:fs or the backend', async () => {
    expect(await rulesFired('client/x.ts', "export { readFile } from 'node:fs/promises';\n")).toEqual([
      IMPORT_RULE,
    ]);
    expect(await rulesFired('client/x.ts', "export * from '../functions/app';\n")).toEqual([PATH_RULE]);
  });

  it('addin/ importing functions/', async () => {
    expect(await rulesFired('addin/runtime/x.ts', "export * from '../../functions/app';\n")).toEqual([
      PATH_RULE,
    ]);
  });

  it('functions/ importing addin/', async () => {
    expect(
      await rulesFired('functions/http/x.ts', "export * from '../../addin/functions/functions';\n"),
    ).toEqual([PATH_RULE]);
  });

  it('cli/ importing functions/', async () => {
    expect(await rulesFired('cli/x.ts', "export * from '../functions/app';\n")).toEqual([PATH_RULE]);
  });

  it('Excel.run outside addin/workbook/', async () => {
    const code = 'export const read = () => Excel.run(async (context) => context.sync());\n';
    expect(await rulesFired('addin/runtime/x.ts', code)).toEqual(['no-restricted-properties']);
    expect(await rulesFired('addin/functions/x.ts', code)).toEqual(['no-restricted-properties']);
    // The pane's components are .tsx: the rules reach them too.
    expect(await rulesFired('addin/taskpane/x.tsx', code)).toEqual(['no-restricted-properties']);
  });

  it('a .tsx component in addin/ importing functions/', async () => {
    expect(await rulesFired('addin/taskpane/x.tsx', "export * from '../../functions/app';\n")).toEqual([
      PATH_RULE,
    ]);
  });

  it("DynamoDB's SDK outside functions/store/", async () => {
    for (const module of ['@aws-sdk/lib-dynamodb', '@aws-sdk/client-dynamodb', '@aws-sdk/util-dynamodb']) {
      const code = `export * from '${module}';\n`;
      expect(await rulesFired('functions/rosters/x.ts', code)).toEqual([IMPORT_RULE]);
      expect(await rulesFired('functions/x.ts', code)).toEqual([IMPORT_RULE]);
      expect(await rulesFired('functions/store/x.ts', code)).toEqual([]);
    }
  });

  it('an import the resolver cannot follow (so no boundary could be checked)', async () => {
    expect(await rulesFired('shared/x.ts', "export * from '../functions/no-such-file';\n")).toEqual([
      'import-x/no-unresolved',
    ]);
  });
});

describe('allowed imports pass lint', () => {
  it('shared/ importing shared/ and zod', async () => {
    const code = "export * from '../errors';\nexport * as z from 'zod';\n";
    expect(await rulesFired('shared/nik/x.ts', code)).toEqual([]);
  });

  it('client/ importing shared/ contracts', async () => {
    expect(await rulesFired('client/x.ts', "export * from '../shared/contracts';\n")).toEqual([]);
  });

  it('addin/ importing its own functions/ folder (not the backend) and shared/', async () => {
    const code = "export * from '../functions/functions';\nexport * from '../../shared/nik';\n";
    expect(await rulesFired('addin/runtime/x.ts', code)).toEqual([]);
  });

  it('functions/ importing shared/ and hono', async () => {
    const code = "export * from '../../shared/contracts';\nexport { Hono } from 'hono';\n";
    expect(await rulesFired('functions/http/x.ts', code)).toEqual([]);
  });

  it('cli/ importing shared/ and Node modules', async () => {
    const code = "export * from '../shared/nik';\nexport { readFile } from 'node:fs/promises';\n";
    expect(await rulesFired('cli/x.ts', code)).toEqual([]);
  });

  it('another AWS client (SQS for roster jobs) in functions/', async () => {
    const code = "export { SQSClient } from '@aws-sdk/client-sqs';\n";
    // Not installed on every branch yet: only the boundary rule is asked about here.
    expect(
      (await rulesFired('functions/rosters/x.ts', code)).filter((r) => r !== 'import-x/no-unresolved'),
    ).toEqual([]);
  });

  it('Excel.run inside addin/workbook/', async () => {
    const code = 'export const read = () => Excel.run(async (context) => context.sync());\n';
    expect(await rulesFired('addin/workbook/x.ts', code)).toEqual([]);
  });
});
