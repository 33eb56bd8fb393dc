/**
 * The API's Lambda bundle: its size and its cold module load (a fresh Node process requiring the
 * file, timed inside that process), each as a ratio to a minimal Hono handler (one route, hono's
 * aws-lambda adapter) built with the same esbuild settings (infra/aws/api-bundling.ts). Goal:
 * at most 1 MiB and at most 5× the minimal handler's load.
 *
 * Rows: the bundle as deployed; the same with --enable-source-maps, as the function runs it
 * (NODE_OPTIONS in the stack); and, for comparison, the single-file bundle as it was built before
 * (exceljs inside, CommonJS entry points of the AWS SDK).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { API_ESBUILD, SEPARATE_PACKAGES, separatePackage } from '../infra/aws/api-bundling';
import { compare, spread, type BenchContext, type BenchOutput, type BenchRow } from './harness';

const root = fileURLToPath(new URL('..', import.meta.url));
const LAMBDA = join(root, 'functions', 'lambda.ts');

const MINIMAL_HONO = `
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
const app = new Hono();
app.get('/health', (c) => c.json({ ok: true }));
export const handler = handle(app);
`;

/** What the Lambda environment gives the handler; nothing here is contacted at load. */
const ENV = {
  PATH: process.env['PATH'] ?? '',
  TABLE_NAME: 'bench',
  OIDC_ISSUER: 'https://issuer.bench.invalid',
  OIDC_AUDIENCE: 'bench',
  OIDC_JWKS_URI: 'https://issuer.bench.invalid/jwks',
  ALLOWED_ORIGINS: 'https://localhost:3000',
  AWS_REGION: 'ap-southeast-3',
  QUEUE_URL: 'https://sqs.ap-southeast-3.amazonaws.com/000000000000/bench-jobs',
};

const deployed: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: API_ESBUILD.target,
  format: API_ESBUILD.format,
  mainFields: [...API_ESBUILD.mainFields],
  minify: API_ESBUILD.minify,
  sourcemap: true,
  logLevel: 'error',
};

/** The API bundle as the stack builds it: the main file, and each separate package beside it. */
async function buildDeployed(dir: string): Promise<string> {
  const outfile = join(dir, 'index.js');
  await build({ ...deployed, entryPoints: [LAMBDA], outfile, external: [...SEPARATE_PACKAGES] });
  for (const name of SEPARATE_PACKAGES) {
    const pkg = separatePackage(name, dir);
    mkdirSync(dirname(pkg.outfile), { recursive: true });
    await build({ ...deployed, sourcemap: false, entryPoints: [pkg.entry], outfile: pkg.outfile });
    writeFileSync(pkg.packageJson, pkg.manifest);
  }
  return outfile;
}

/** Milliseconds to require `file` in a fresh Node process, measured inside it. */
function loadOnce(file: string, flags: readonly string[]): number {
  const probe = `const t = performance.now(); require(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t));`;
  const result = spawnSync(process.execPath, [...flags, '-e', probe], {
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(result.stdout);
  if (result.status !== 0 || !Number.isFinite(ms)) {
    throw new Error(`loading ${file} failed (${result.status}): ${result.stderr.slice(-2_000)}`);
  }
  return ms;
}

export async function run({ quick, progress }: BenchContext): Promise<BenchOutput> {
  const dir = mkdtempSync(join(tmpdir(), 'rentan-bundle-'));
  try {
    progress('building the bundles');
    const api = await buildDeployed(join(dir, 'api'));
    const hono = join(dir, 'hono', 'index.js');
    await build({
      ...deployed,
      stdin: { contents: MINIMAL_HONO, resolveDir: root, loader: 'ts', sourcefile: 'minimal-hono.ts' },
      outfile: hono,
    });
    // Before: one file with everything, the AWS SDK's CommonJS entry points, no separate packages.
    const before = join(dir, 'before', 'index.js');
    await build({ ...deployed, mainFields: undefined, entryPoints: [LAMBDA], outfile: before });

    const turns = quick ? 3 : 9;
    const times: Record<'api' | 'apiMaps' | 'hono' | 'honoMaps' | 'before', number[]> = {
      api: [],
      apiMaps: [],
      hono: [],
      honoMaps: [],
      before: [],
    };
    progress(`loading each in a fresh process, ${turns} turns`);
    loadOnce(api, []); // the first spawn warms the file cache for all
    for (let turn = 0; turn < turns; turn++) {
      times.hono.push(loadOnce(hono, []));
      times.api.push(loadOnce(api, []));
      times.before.push(loadOnce(before, []));
      times.honoMaps.push(loadOnce(hono, ['--enable-source-maps']));
      times.apiMaps.push(loadOnce(api, ['--enable-source-maps']));
    }

    const size = (file: string) => statSync(file).size;
    const kib = (bytes: number) => bytes / 1024;
    const sizeRow = (name: string, what: string, file: string, target?: number): BenchRow => {
      const ratio = size(file) / size(hono);
      return {
        name,
        what,
        baseline: 'the minimal Hono handler, same esbuild settings',
        ratio: spread([ratio]),
        raw: { measured: kib(size(file)), baseline: kib(size(hono)), unit: 'KiB' },
        turns: 1,
        ...(target === undefined ? {} : { target }),
      };
    };
    const baseline = 'loading the minimal Hono handler, same esbuild settings';
    const rows: BenchRow[] = [
      sizeRow('bundle.size', 'API Lambda bundle (main file), as deployed', api),
      compare({
        name: 'bundle.load',
        what: 'cold module load of the API bundle (fresh process)',
        baseline,
        measured: times.api,
        floor: times.hono,
        target: 5,
      }),
      compare({
        name: 'bundle.load.source-maps',
        what: 'the same with --enable-source-maps, as the function runs',
        baseline: `${baseline}, also with --enable-source-maps`,
        measured: times.apiMaps,
        floor: times.honoMaps,
      }),
      sizeRow('bundle.size.before', 'the single-file bundle as built before (exceljs inside)', before),
      compare({
        name: 'bundle.load.before',
        what: 'cold module load of the single-file bundle as built before',
        baseline,
        measured: times.before,
        floor: times.hono,
      }),
    ];
    const separate = SEPARATE_PACKAGES.map((name) => {
      const bytes = size(separatePackage(name, join(dir, 'api')).outfile);
      return `${name} ${kib(bytes).toFixed(0)} KiB`;
    });
    return {
      rows,
      facts: [
        {
          name: 'API bundle, main file',
          value: `${kib(size(api)).toFixed(0)} KiB (goal ≤ 1,024 KiB); loaded on first use beside it: ${separate.join(', ')}`,
        },
        { name: 'minimal Hono handler', value: `${kib(size(hono)).toFixed(1)} KiB` },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
