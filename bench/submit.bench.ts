/**
 * Submitting real roster sizes through the API on DynamoDB Local (`--quick`: 5,000 rows only).
 *
 * For each size: upload in chunks of 1,000 (4 in flight), POST /submit, poll the roster until it
 * is `submitted`. Reported:
 * - the longest single HTTP request of the whole exchange (aim: under 2 s; API Gateway stops at 30);
 * - submit-to-done time against writing the same number of NIK claim items straight to the same
 *   DynamoDB Local with BatchWriteItem, in the same run (aim: ≤ 2×);
 * - for the largest roster, the summary's latency (p50/p99, one caller and 8 at once) against a
 *   GetItem of the roster's own item on the same table (aim: independent of size, ≤ 3×).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchWriteAll, inParallel } from '../functions/store/batch-write';
import { keys } from '../functions/store/keys';
import { compare, type BenchContext, type BenchOutput, type BenchRow } from './harness';
import { benchRoster, startLocalApi, type LocalApi } from './local-api';

// 1,000 rows a request: a 2,000-row chunk takes about 2 s on DynamoDB Local with four in flight,
// at the edge of the 2 s aim; clients choose 500–2,000 (design.md).
const CHUNK = 1_000;
const CHUNKS_IN_FLIGHT = 4;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function submitOnce(api: LocalApi, size: number, batch: number) {
  const rows = benchRoster(size, batch);
  let longest = 0;
  const request = async (path: string, init: RequestInit = {}) => {
    const [response, ms] = await timed(async () => {
      const r = await fetch(`${api.url}${path}`, { ...init, headers: api.headers });
      const body = await r.text();
      return { status: r.status, body };
    });
    longest = Math.max(longest, ms);
    return response;
  };
  const created = await request('/v1/rosters', {
    method: 'POST',
    body: JSON.stringify({ name: `Bench ${size}`, startMonth: '2026-01', months: 12 }),
  });
  const id = (JSON.parse(created.body) as { id: string }).id;
  const chunks = Array.from({ length: Math.ceil(size / CHUNK) }, (_, i) => i);
  const [, uploadMs] = await timed(() =>
    inParallel(chunks, CHUNKS_IN_FLIGHT, async (i) => {
      const r = await request(`/v1/rosters/${id}/chunks/${i + 1}`, {
        method: 'PUT',
        body: JSON.stringify({ firstRow: i * CHUNK + 1, rows: rows.slice(i * CHUNK, (i + 1) * CHUNK) }),
      });
      if (r.status !== 200) throw new Error(`chunk ${i + 1}: ${r.status} ${r.body}`);
    }),
  );
  const [, doneMs] = await timed(async () => {
    const r = await request(`/v1/rosters/${id}/submit`, { method: 'POST' });
    if (r.status !== 202) throw new Error(`submit: ${r.status} ${r.body}`);
    for (;;) {
      const roster = JSON.parse((await request(`/v1/rosters/${id}`)).body) as { status: string };
      if (roster.status === 'submitted') return;
      if (roster.status !== 'submitting') throw new Error(`submit ended ${roster.status}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  return { id, longest, uploadMs, doneMs };
}

/** The floor: `size` items shaped like NIK claims, written with BatchWriteItem, 32 calls in flight. */
async function claimFloor(api: LocalApi, size: number, batch: number): Promise<number> {
  const [, ms] = await timed(() =>
    batchWriteAll(
      api.doc,
      api.table,
      Array.from({ length: size }, (_, i) => ({
        PutRequest: {
          Item: {
            pk: `FLOOR#${batch}#${i}`,
            sk: 'CLAIMS',
            type: 'nik-claims',
            claims: [
              {
                regency: '6203',
                rosterId: 'floor',
                rosterName: 'Floor',
                from: '2026-01',
                to: '2027-01',
                chunk: 1,
                index: i,
                row: i + 1,
                kpj: null,
              },
            ],
            version: 1,
          },
        },
      })),
      { concurrency: 32 },
    ),
  );
  return ms;
}

async function latencies(fn: () => Promise<unknown>, calls: number, concurrency: number): Promise<number[]> {
  const times: number[] = [];
  await inParallel(
    Array.from({ length: calls }, (_, i) => i),
    concurrency,
    async () => {
      const [, ms] = await timed(fn);
      times.push(ms);
    },
  );
  return times;
}

export async function run({ quick, progress }: BenchContext): Promise<BenchOutput> {
  const SIZES = quick ? [5_000] : [50_000, 200_000];
  const api = await startLocalApi();
  const results: BenchRow[] = [];
  const facts: { name: string; value: string }[] = [];
  try {
    // Warm the JIT, the JVM and the key set with a small roster.
    await submitOnce(api, 2_000, 90);
    let largest = '';
    for (const [k, size] of SIZES.entries()) {
      progress(`submit of ${size} rows`);
      const floorMs = await claimFloor(api, size, k);
      const { id, longest, uploadMs, doneMs } = await submitOnce(api, size, k + 1);
      largest = id;
      const label = size.toLocaleString('en');
      // One turn: a submission of this size takes minutes.
      results.push(
        compare({
          name: `submit.${size}`,
          what: `Submit of a ${label}-row roster: POST /submit to submitted (re-check + ${label} NIK claims), one turn`,
          baseline: `BatchWriteItem of ${label} claim items straight to DynamoDB Local`,
          measured: [doneMs],
          floor: [floorMs],
          target: 2,
        }),
      );
      facts.push({
        name: `${label} rows: longest single HTTP request (upload, submit, polls)`,
        value: `${longest.toFixed(0)} ms (aim < 2,000 ms); upload ${(uploadMs / 1000).toFixed(1)} s, submit to done ${(doneMs / 1000).toFixed(1)} s`,
      });
    }

    const size = SIZES.at(-1)!.toLocaleString('en');
    const summary = async () => {
      const r = await fetch(`${api.url}/v1/rosters/${largest}/summary`, { headers: api.headers });
      if (r.status !== 200) throw new Error(`summary: ${r.status}`);
      await r.arrayBuffer();
    };
    const getItem = () =>
      api.doc.send(
        new GetCommand({
          TableName: api.table,
          Key: keys.rosterMeta({ regency: '6203' }, largest),
          ConsistentRead: true,
        }),
      );
    await latencies(summary, 10, 1);
    await latencies(getItem, 10, 1);
    for (const concurrency of [1, 8]) {
      const calls = quick ? 40 : 200;
      const s = await latencies(summary, calls, concurrency);
      const g = await latencies(getItem, calls, concurrency);
      // Calls are paired by rank (fastest with fastest ...): the median ratio is about p50 ÷ p50,
      // min and max are the spread of the ratio over the percentiles.
      const byRank = (times: number[]) => [...times].sort((a, b) => a - b);
      results.push(
        compare({
          name: `summary.${SIZES.at(-1)}.${concurrency === 1 ? 'one-caller' : '8-callers'}`,
          what: `Summary of the ${size}-row roster through the API, ${concurrency === 1 ? 'one caller' : '8 callers at once'} (latency, ${calls} calls, paired by rank)`,
          baseline: 'a GetItem of the roster item on the same table',
          measured: byRank(s),
          floor: byRank(g),
          target: 3,
        }),
      );
      facts.push({
        name: `Summary p99, ${concurrency} caller(s)`,
        value: `${percentile(s, 99).toFixed(1)} ms vs GetItem ${percentile(g, 99).toFixed(1)} ms`,
      });
    }
  } finally {
    await api.close();
  }
  return { rows: results, facts };
}
