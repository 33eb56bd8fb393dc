/**
 * The backend's write path. (The Lambda bundle has its own bench: bundle.bench.ts.)
 *
 * A 50,000-row roster uploaded through the API (the Node host over HTTP, chunks of 2,000, four
 * in flight, token verified on every request) into DynamoDB Local, against the floor of writing
 * the same number of row items straight to the same DynamoDB Local with BatchWriteItem, with as
 * many calls in flight, in the same run. Aim: at most 2×. Quick mode: 1,000 rows, two turns.
 */
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createApp } from '../functions/app';
import { serveNode } from '../functions/node-host';
import { ensureTable } from '../functions/store/create-table';
import { batchWriteAll, inParallel } from '../functions/store/batch-write';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localDynamoClient, startDynamoDbLocal } from '../infra/local/dynamodb-local';
import { composeNik } from '../shared/nik';
import { emptyRow, type RosterRow } from '../shared/roster/schema';
import { compare, type BenchContext, type BenchOutput, type BenchRow } from './harness';

let ROWS = 50_000;
const CHUNK = 2_000;
const CHUNKS_IN_FLIGHT = 4;
/** The API writes each chunk with 8 BatchWriteItem calls in flight; the floor gets as many in total. */
const FLOOR_IN_FLIGHT = CHUNKS_IN_FLIGHT * 8;
let RUNS = 3;
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

async function uploadBench(): Promise<{ api: number[]; floor: number[] }> {
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
    return { api: apiTimes, floor: floorTimes };
  } finally {
    await server.close();
    client.destroy();
    await dynamo.stop();
  }
}

export async function run({ quick }: BenchContext): Promise<BenchOutput> {
  ROWS = quick ? 1_000 : 50_000;
  RUNS = quick ? 2 : 3;
  const upload = await uploadBench();
  const rows = ROWS.toLocaleString('en');
  const results: BenchRow[] = [
    compare({
      name: `upload.${ROWS}`,
      what: `Upload ${rows} rows through the API (chunks of ${CHUNK}, ${CHUNKS_IN_FLIGHT} in flight)`,
      baseline: `BatchWriteItem of ${rows} items straight to DynamoDB Local`,
      measured: upload.api,
      floor: upload.floor,
      target: 2,
    }),
  ];
  return {
    rows: results,
  };
}
