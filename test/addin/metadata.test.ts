/**
 * The formula contract of design.md §3, checked against the functions.json the build generates:
 * a renamed function, a reordered argument or a range that became a scalar fails here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateMetadata, type FunctionsMetadata } from '../../addin/build/metadata';
import { ASSOCIATIONS } from '../../addin/functions/associations';

const SOURCE = fileURLToPath(new URL('../../addin/functions/functions.ts', import.meta.url));

type Dim = 'scalar' | 'matrix';
interface Param {
  name: string;
  optional: boolean;
  dim: Dim;
}
const req = (name: string, dim: Dim = 'scalar'): Param => ({ name, optional: false, dim });
const opt = (name: string, dim: Dim = 'scalar'): Param => ({ name, optional: true, dim });

const CONTRACT: { id: string; js: string; params: Param[]; result: Dim }[] = [
  {
    id: 'RATE',
    js: 'rate',
    params: [req('program'), opt('income_base'), opt('month'), opt('funding'), opt('sector')],
    result: 'scalar',
  },
  {
    id: 'PREMIUM',
    js: 'premium',
    params: [
      req('workers', 'matrix'),
      req('months'),
      opt('program'),
      opt('income_base'),
      opt('start_month'),
      opt('funding'),
      opt('sector'),
    ],
    result: 'matrix',
  },
  {
    id: 'WAGEPREMIUM',
    js: 'wagePremium',
    params: [
      req('workers', 'matrix'),
      req('wage', 'matrix'),
      req('months'),
      opt('programs', 'matrix'),
      opt('risk_class'),
      opt('start_month'),
    ],
    result: 'scalar',
  },
  {
    id: 'ELIGIBLE',
    js: 'eligible',
    params: [req('roster', 'matrix'), opt('as_of'), opt('policy', 'matrix')],
    result: 'scalar',
  },
  {
    id: 'CHECK',
    js: 'check',
    params: [req('roster', 'matrix'), opt('as_of'), opt('policy', 'matrix')],
    result: 'matrix',
  },
  {
    id: 'ALLOCATE',
    js: 'allocate',
    params: [req('workers', 'matrix'), req('unit_cost'), req('sources', 'matrix'), opt('method')],
    result: 'matrix',
  },
];

interface MetaParam {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
  repeating?: boolean;
}
interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetaParam[];
  result?: { dimensionality?: string; type?: string };
}

let metadata: FunctionsMetadata;
let functions: MetaFunction[];
beforeAll(async () => {
  metadata = await generateMetadata(SOURCE);
  functions = (JSON.parse(metadata.json) as { functions: MetaFunction[] }).functions;
});

describe('functions.json', () => {
  it('has exactly the six formulas of design.md §3, in order', () => {
    expect(functions.map((f) => f.id)).toEqual(CONTRACT.map((c) => c.id));
  });

  for (const contract of CONTRACT) {
    describe(`RENTAN.${contract.id}`, () => {
      const fn = () => functions.find((f) => f.id === contract.id)!;

      it('keeps its id and display name', () => {
        expect(fn().name).toBe(contract.id);
      });

      it('keeps its arguments: names, order, optional flags and ranges', () => {
        const actual = fn().parameters.map((p) => ({
          name: p.name,
          optional: p.optional === true,
          dim: (p.dimensionality ?? 'scalar') as Dim,
        }));
        expect(actual).toEqual(contract.params);
        // No formula takes a repeating argument; one appearing would change how Excel reads the rest.
        expect(fn().parameters.filter((p) => p.repeating)).toEqual([]);
      });

      it(contract.result === 'matrix' ? 'spills (matrix result)' : 'returns one value', () => {
        expect(fn().result?.dimensionality ?? 'scalar').toBe(contract.result);
      });

      it('describes itself and every argument in Indonesian and English', () => {
        // "Indonesian. / English." in one text: the metadata has a single description per item.
        expect(fn().description).toMatch(/\S .* \/ \S/);
        for (const p of fn().parameters) expect(p.description, p.name).toMatch(/\S.* \/ \S/);
      });

      it('is associated at runtime with the exported function of the same contract', () => {
        expect(metadata.associate).toContainEqual({ id: contract.id, functionName: contract.js });
        const associated = ASSOCIATIONS[contract.id as keyof typeof ASSOCIATIONS];
        expect(associated.name).toBe(contract.js);
        expect(associated.length).toBe(contract.params.length);
      });
    });
  }

  it('associates nothing else', () => {
    expect(Object.keys(ASSOCIATIONS).sort()).toEqual(CONTRACT.map((c) => c.id).sort());
  });
});

describe('generateMetadata', () => {
  it('fails (instead of writing a partial functions.json) when the JSDoc has an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rentan-meta-'));
    const file = join(dir, 'broken.ts');
    // The parser cannot map a parenthesised union inside an array: a real mistake we made once.
    writeFileSync(
      file,
      `/**\n * Broken.\n * @customfunction BROKEN BROKEN\n * @param x A range.\n */\nexport function broken(x: (number | string)[][]): number {\n  return x.length;\n}\n`,
    );
    await expect(generateMetadata(file)).rejects.toThrow(/could not be generated[\s\S]*Type doesn't match/);
  });

  it('fails when the file defines no custom function', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rentan-meta-'));
    const file = join(dir, 'empty.ts');
    writeFileSync(file, 'export const x = 1;\n');
    await expect(generateMetadata(file)).rejects.toThrow(/No custom functions/);
  });
});
