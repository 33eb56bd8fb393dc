/**
 * The backend's write path and its Lambda bundle.
 *
 * 1. A 50,000-row roster uploaded through the API (the Node host over HTTP, chunks of 2,000, four
 *    in flight, token verified on every request) into DynamoDB Local, against the floor of writing
 *    the same number of row items straight to the same DynamoDB Local with BatchWriteItem, with
 *    as many calls in flight, in the same run. Aim: at most 2×.
 * 2. The bundled Lambda handler (esbuild, minified): its size, and its module-load time against
 *    loading an empty module, each in a fresh Node process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createApp } from '../functions/app';
import { serveNode } from '../functions/node-host';
import { ensureTable } from '../functions/store/create-table';
import { batchWriteAll, inParallel } from '../functions/store/batch-write';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localDynamoClient, startDynamoDbLocal } from '../infra/local/dynamodb-local';
import { composeNik } from '../shared/nik';
import { emptyRow, type RosterRow } from '../shared/roster/schema';
import { medianOf, type BenchReport, type Measurement } from './harness';

const ROWS = 50_000;
const CHUNK = 2_000;
const CHUNKS_IN_FLIGHT = 4;
/** The API writes each chunk with 8 BatchWriteItem calls in flight; the floor gets as many in total. */
const FLOOR_IN_FLIGHT = CHUNKS_IN_FLIGHT * 8;
const RUNS = 3;
const TABLE = 'rentan-bench';

/** 50,000 distinct, valid workers of Kapuas; `run` shifts serials so runs never share a NIK. */
function roster(run: number): RosterRow[] {
  const rows: RosterRow[] = [];
  for (let i = 0; i < ROWS; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 1971 + (Math.floor(i / 336) % 30);
    const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const serial = 1 + run * 20 + Math.floor(i / (336 * 30));
    rows.push({
      ...emptyRow(),
      nik: composeNik({ district: '620301', birthDate, sex: 'L', serial }),
      name: `Pekerja ${i}`,
      birthDate,
      sex: 'L',
      village: `Desa ${i % 40}`,
      district: 'Selat',
      occupation: 'Petani',
    });
  }
  return rows;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function uploadBench(): Promise<{ api: Measurement; floor: Measurement }> {
  const dynamo = await startDynamoDbLocal();
  const client = localDynamoClient(dynamo.endpoint);
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: 'RS256', use: 'sig' }] };
  const issuer = 'https://issuer.bench.invalid';
  const app = createApp({
    tableName: TABLE,
    dynamo: client,
    auth: {
      issuer,
      audience: 'rentan-bench',
      jwksUri: `${issuer}/jwks`,
      // The key set is served in-process: the bench measures the API, not an issuer.
      fetch: async () =>
        new Response(JSON.stringify(jwks), { headers: { 'Content-Type': 'application/json' } }),
    },
    allowedOrigins: [],
    log: () => {},
  });
  const server = await serveNode(app, { port: 0 });
  try {
    await ensureTable(client, TABLE);
    const token = await new SignJWT({
      'cognito:groups': ['regency:6203', 'role:operator'],
      email: 'bench@rentan.test',
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'bench' })
      .setIssuer(issuer)
      .setAudience('rentan-bench')
      .setSubject('bench')
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(privateKey);
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });

    const viaApi = async (rows: RosterRow[]) => {
      const created = await fetch(`${server.url}/v1/rosters`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Bench', startMonth: '2026-01', months: 12 }),
      });
      const { id } = (await created.json()) as { id: string };
      const chunks = Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => i);
      await inParallel(chunks, CHUNKS_IN_FLIGHT, async (i) => {
        const response = await fetch(`${server.url}/v1/rosters/${id}/chunks/${i + 1}`, {
          method: 'PUT',
          headers,
          body: JSON.stringify({ firstRow: i * CHUNK + 1, rows: rows.slice(i * CHUNK, (i + 1) * CHUNK) }),
        });
        if (response.status !== 200)
          throw new Error(`chunk ${i + 1}: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
      });
    };
    // The floor: the same rows as items of the same shape, spread over keys the same way.
    const direct = async (rows: RosterRow[], run: number) => {
      await batchWriteAll(
        doc,
        TABLE,
        rows.map((data, i) => ({
          PutRequest: {
            Item: {
              pk: `FLOOR#${run}#${Math.floor(i / 100)}`,
              sk: String(i % 100).padStart(4, '0'),
              type: 'row',
              chunk: Math.floor(i / CHUNK) + 1,
              index: i % CHUNK,
              row: i + 1,
              data,
              status: 'eligible',
              reasons: [],
              warnings: [],
              duplicateOf: null,
              kpj: null,
            },
          },
        })),
        { concurrency: FLOOR_IN_FLIGHT },
      );
    };

    // Warm both paths (JIT, JVM, key set) with one chunk's worth.
    const warm = roster(RUNS * 2 + 1).slice(0, CHUNK);
    await viaApi(warm);
    await direct(warm, 999);

    const apiTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const rows = roster(run);
      floorTimes.push(await timed(() => direct(rows, run)));
      apiTimes.push(await timed(() => viaApi(rows)));
    }
    return { api: medianOf(apiTimes), floor: medianOf(floorTimes) };
  } finally {
    await server.close();
    client.destroy();
    await dynamo.stop();
  }
}

function loadTimes(file: string, runs: number): number[] {
  const probe = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
  const env = {
    ...process.env,
    TABLE_NAME: 'bench',
    OIDC_ISSUER: 'https://issuer.bench.invalid',
    OIDC_AUDIENCE: 'bench',
    OIDC_JWKS_URI: 'https://issuer.bench.invalid/jwks',
    ALLOWED_ORIGINS: 'https://localhost:3000',
    AWS_REGION: 'ap-southeast-3',
  };
  return Array.from({ length: runs }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim(),
    ),
  );
}

export async function bundleBench(): Promise<{ load: Measurement; empty: Measurement; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'rentan-bundle-'));
  try {
    const outfile = join(dir, 'lambda.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('../functions/lambda.ts', import.meta.url))],
      bundle: true,
      minify: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      outfile,
      logLevel: 'error',
      // Some bundled CommonJS calls require(); give the ESM bundle one.
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
    });
    const empty = join(dir, 'empty.mjs');
    writeFileSync(empty, 'export {};\n');
    const bytes = statSync(outfile).size;
    const load = medianOf(loadTimes(outfile, 5));
    return { load, empty: medianOf(loadTimes(empty, 5)), bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchReport> {
  const upload = await uploadBench();
  const bundle = await bundleBench();
  return {
    results: [
      {
        name: `Upload ${ROWS.toLocaleString('en')} rows through the API (chunks of ${CHUNK}, ${CHUNKS_IN_FLIGHT} in flight)`,
        measured: upload.api,
        floorName: `BatchWriteItem of ${ROWS.toLocaleString('en')} items straight to DynamoDB Local`,
        floor: upload.floor,
        target: 2,
      },
      {
        name: 'Load the bundled Lambda handler',
        measured: bundle.load,
        floorName: 'loading an empty module',
        floor: bundle.empty,
      },
    ],
    facts: [{ name: 'Lambda bundle (esbuild, minified)', value: `${(bundle.bytes / 1024).toFixed(0)} KiB` }],
  };
}
