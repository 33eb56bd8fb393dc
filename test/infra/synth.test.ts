/**
 * `npm run synth` as CI runs it: offline, no AWS credentials, real esbuild bundling of the
 * backend, the add-in built if missing. Then the bundled handler is loaded and answers a
 * health check, so a bundle that cannot start is caught here rather than in AWS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let outdir: string;
let result: ReturnType<typeof spawnSync>;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'rentan-synth-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // No credentials, no preset account or region, no deployment settings from the shell.
    if (/^(AWS_|CDK_DEFAULT_|RENTAN_)/.test(key)) continue;
    env[key] = value;
  }
  env['AWS_CONFIG_FILE'] = join(outdir, 'no-aws-config');
  env['AWS_SHARED_CREDENTIALS_FILE'] = join(outdir, 'no-aws-credentials');
  result = spawnSync('npm', ['run', 'synth', '--', '--output', join(outdir, 'cdk.out')], {
    cwd: root,
    env,
    encoding: 'utf8',
    // Two bundles and the add-in build: about 100 s on a loaded 2-core machine, so leave room.
    timeout: 400_000,
  });
}, 420_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function assetDirs(): string[] {
  const dir = join(outdir, 'cdk.out');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith('asset.'))
    .map((e) => join(dir, e.name));
}

/** The bundled Lambda functions: asset folders with a minified index.js and its source map. */
function lambdaBundles(): string[] {
  return assetDirs().filter((d) => existsSync(join(d, 'index.js')) && existsSync(join(d, 'index.js.map')));
}

/** The API's Lambda asset (not the roster worker's): the bundle that serves openapi.json. */
function apiBundleDir(): string {
  const bundle = lambdaBundles().find((d) =>
    readFileSync(join(d, 'index.js'), 'utf8').includes('openapi.json'),
  );
  expect(bundle, 'the API bundle').toBeDefined();
  return bundle!;
}

describe('npm run synth (offline, no credentials)', () => {
  it('succeeds and writes the five stacks for the dummy account in Jakarta', () => {
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const manifest = JSON.parse(readFileSync(join(outdir, 'cdk.out', 'manifest.json'), 'utf8'));
    const stacks = Object.entries(
      manifest.artifacts as Record<string, { type: string; environment?: string }>,
    )
      .filter(([, a]) => a.type === 'aws:cloudformation:stack')
      .map(([name, a]) => `${name} ${a.environment}`);
    expect(stacks.sort()).toEqual(
      ['Api', 'Data', 'Hosting', 'Identity', 'Release']
        .map((c) => `Rentan-test-${c} aws://000000000000/ap-southeast-3`)
        .sort(),
    );
  });

  it('bundles the backend with the AWS SDK inside, minified with a source map', () => {
    const bundle = assetDirs().find(
      (d) => existsSync(join(d, 'index.js')) && existsSync(join(d, 'index.js.map')),
    );
    expect(bundle).toBeDefined();
    const code = readFileSync(join(bundle!, 'index.js'), 'utf8');
    // The only @aws-sdk require left is the SDK's own optional CRT signer, loaded on demand.
    const sdkRequires = new Set(code.match(/require\("@aws-sdk\/[^"]+"\)/g) ?? []);
    expect([...sdkRequires].filter((r) => !r.includes('signature-v4-crt'))).toEqual([]);
    expect(code.includes('DynamoDBClient')).toBe(true);
    // Minified: lines thousands of characters long on average (readable source is ~40), the
    // only line breaks left being those inside template literals.
    expect(code.length / code.split('\n').length).toBeGreaterThan(1000);
  });

  it('keeps the main file under 1 MiB, with exceljs bundled on its own beside it', () => {
    const bundle = apiBundleDir();
    expect(statSync(join(bundle, 'index.js')).size).toBeLessThanOrEqual(1024 * 1024);
    const code = readFileSync(join(bundle, 'index.js'), 'utf8');
    // XLSX export reaches exceljs through the package beside the bundle, not a copy inside it.
    expect(code).toContain('import("exceljs")');
    expect(code).not.toContain('xl/workbook.xml');
    expect(existsSync(join(bundle, 'node_modules', 'exceljs', 'index.js'))).toBe(true);
  });

  it('lets the bundle load exceljs on first use and write a workbook a reader gets back', () => {
    const bundle = apiBundleDir();
    // A CommonJS file in the bundle's folder, importing exceljs as functions/export/xlsx.ts does.
    const probe = join(bundle, 'probe-exceljs.cjs');
    writeFileSync(
      probe,
      `import('exceljs').then(async ({ default: ExcelJS }) => {
        const book = new ExcelJS.Workbook();
        book.addWorksheet('Peserta').addRow(['6203010101900001', 12]);
        const buffer = await book.xlsx.writeBuffer();
        const back = new ExcelJS.Workbook();
        await back.xlsx.load(buffer);
        const row = back.getWorksheet('Peserta').getRow(1);
        process.stdout.write(JSON.stringify([require.resolve('exceljs'), row.getCell(1).value, row.getCell(2).value]));
      });`,
    );
    try {
      const run = spawnSync(process.execPath, [probe], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual([
        join(bundle, 'node_modules', 'exceljs', 'index.js'),
        '6203010101900001',
        12,
      ]);
    } finally {
      rmSync(probe);
    }
  });

  it('produces a handler that starts and answers GET /health', () => {
    const bundle = lambdaBundles().find((d) =>
      readFileSync(join(d, 'index.js'), 'utf8').includes('openapi.json'),
    )!;
    const script = `
      const { handler } = require(${JSON.stringify(join(bundle, 'index.js'))});
      const event = {
        version: '2.0', routeKey: 'GET /health', rawPath: '/health', rawQueryString: '',
        headers: { host: 'api.example', 'x-forwarded-proto': 'https' },
        requestContext: { http: { method: 'GET', path: '/health', protocol: 'HTTP/1.1', sourceIp: '10.0.0.1' },
          domainName: 'api.example', requestId: 'r1', routeKey: 'GET /health', stage: '$default' },
        isBase64Encoded: false,
      };
      handler(event, {}).then((r) => { process.stdout.write('\\n@@' + JSON.stringify(r) + '@@\\n'); });
    `;
    const run = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        PATH: process.env['PATH'],
        TABLE_NAME: 'rentan-test',
        OIDC_ISSUER: 'https://cognito-idp.ap-southeast-3.amazonaws.com/ap-southeast-3_example',
        OIDC_AUDIENCE: 'client',
        OIDC_JWKS_URI:
          'https://cognito-idp.ap-southeast-3.amazonaws.com/ap-southeast-3_example/.well-known/jwks.json',
        ALLOWED_ORIGINS: 'https://d111111abcdef8.cloudfront.net',
        CURSOR_SECRET: 'x'.repeat(48),
        QUEUE_URL: 'https://sqs.ap-southeast-3.amazonaws.com/000000000000/jobs',
        AWS_REGION: 'ap-southeast-3',
      },
    });
    expect(run.status, run.stderr).toBe(0);
    // The app logs JSON lines of its own; the response is the marked one.
    const marked = /@@(.*)@@/.exec(run.stdout);
    expect(marked, run.stdout).not.toBeNull();
    const response = JSON.parse(marked![1]!);
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true });
  });

  it('bundles the roster-job worker too, which loads with its settings and exports its SQS handler', () => {
    const bundles = lambdaBundles();
    expect(bundles).toHaveLength(2);
    const worker = bundles.find((d) => !readFileSync(join(d, 'index.js'), 'utf8').includes('openapi.json'))!;
    const run = spawnSync(
      process.execPath,
      ['-e', `process.stdout.write(typeof require(${JSON.stringify(join(worker, 'index.js'))}).handler)`],
      {
        encoding: 'utf8',
        timeout: 30_000,
        env: {
          PATH: process.env['PATH'],
          TABLE_NAME: 'rentan-test',
          QUEUE_URL: 'https://sqs.ap-southeast-3.amazonaws.com/000000000000/jobs',
          AWS_REGION: 'ap-southeast-3',
        },
      },
    );
    // Node 20 only prints the AWS SDK's notice about Node 22 (Lambda runs 24).
    expect(run.stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*$/, '')).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('function');
  });

  it('publishes the built add-in files beside the rendered manifest and config', () => {
    const dirs = assetDirs().map((d) => readdirSync(d));
    expect(dirs.some((files) => files.includes('taskpane.html') && files.includes('functions.json'))).toBe(
      true,
    );
    expect(dirs.some((files) => files.includes('manifest.xml') && !files.includes('taskpane.html'))).toBe(
      true,
    );
    expect(dirs.some((files) => files.includes('config.json'))).toBe(true);
  });
});
