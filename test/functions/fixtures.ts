/**
 * Fixtures for backend tests: workers with valid NIKs (unique across the run, since the NIK claim
 * registry is shared by every test file), apps wired to the run's local services, and requests.
 */
import { randomInt } from 'node:crypto';
import { composeNik } from '../../shared/nik';
import { emptyRow, type RosterRow } from '../../shared/roster/schema';
import type { CreateRosterInput, Roster } from '../../shared/contracts';
import { createApp, createService, type Service } from '../../functions/app';
import type { AppConfig } from '../../functions/config';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { tapLogLine } from '../support/log-tap';
import {
  signIn,
  signWithIssuerKey,
  testConfig,
  testDynamoClient,
  tokenClaims,
} from '../support/local-services';

const used = new Set<string>();

/** A NIK nobody else in this run has: random birth date (ages 21–55 in 2026) and serial. */
export function freshNik(
  district = '620301',
  sex: 'L' | 'P' = 'L',
  fixedBirthDate?: string,
): { nik: string; birthDate: string } {
  for (;;) {
    const year = 1971 + randomInt(34);
    const birthDate =
      fixedBirthDate ??
      `${year}-${String(1 + randomInt(12)).padStart(2, '0')}-${String(1 + randomInt(28)).padStart(2, '0')}`;
    const nik = composeNik({ district, birthDate, sex, serial: 1 + randomInt(9999) });
    if (!used.has(nik)) {
      used.add(nik);
      return { nik, birthDate };
    }
  }
}

/** An eligible worker of Kapuas (default) whose birth date and sex agree with the NIK. */
export function worker(overrides: Partial<RosterRow> = {}, district = '620301'): RosterRow {
  const { nik, birthDate } = freshNik(district);
  return {
    ...emptyRow(),
    nik,
    name: `Pekerja ${nik.slice(-4)}`,
    birthDate,
    sex: 'L',
    village: 'Selat Hulu',
    district: 'Selat',
    occupation: 'Petani',
    ...overrides,
  };
}

export function workers(n: number, overrides: Partial<RosterRow> = {}, district?: string): RosterRow[] {
  return Array.from({ length: n }, () => worker(overrides, district));
}

export function draft(overrides: Partial<CreateRosterInput> = {}): CreateRosterInput {
  return {
    name: `Roster ${randomInt(1e9)}`,
    village: null,
    funding: 'APBD',
    program: 'JKK-JKM',
    incomeBase: 1_000_000,
    startMonth: '2026-01',
    months: 12,
    sector: 'OTHER',
    ...overrides,
  };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  service: Service;
  logs: string[];
  /** Submits and waits for the job: the roster as it ends (status `submitted` unless the job stopped). */
  submit(rosterId: string, token: string): Promise<Roster>;
  call(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

export function testApp(overrides: Partial<AppConfig> = {}): TestApp {
  const logs: string[] = [];
  const service = createService(
    testConfig({
      log: (line) => {
        logs.push(line);
        tapLogLine(line);
      },
      ...overrides,
    }),
  );
  const app = service.app;
  const call: TestApp['call'] = (method, path, token, body, headers = {}) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      }),
    );
  return {
    app,
    service,
    logs,
    async submit(rosterId, token) {
      const res = await call('POST', `/v1/rosters/${rosterId}/submit`, token);
      if (res.status !== 202 && res.status !== 200)
        throw new Error(`submit answered ${res.status}: ${await res.text()}`);
      await service.jobs!.idle();
      return json<Roster>(await call('GET', `/v1/rosters/${rosterId}`, token));
    },
    call,
  };
}

const tokens = new Map<string, Promise<string>>();
/** A real ID token from the local issuer, one sign-in per account per file. */
export function tokenOf(username: string): Promise<string> {
  let token = tokens.get(username);
  if (!token) {
    token = signIn(username);
    tokens.set(username, token);
  }
  return token;
}

export const KAPUAS = {
  operator: 'operator@kapuas.rentan.test',
  finance: 'finance@kapuas.rentan.test',
  admin: 'admin@kapuas.rentan.test',
};
export const BARITO = {
  operator: 'operator@barito-utara.rentan.test',
  finance: 'finance@barito-utara.rentan.test',
  admin: 'admin@barito-utara.rentan.test',
};

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Every item whose partition key starts with `prefix` (tests isolate by roster id or by regency). */
export async function itemsUnder(prefix: string): Promise<Record<string, unknown>[]> {
  const doc = DynamoDBDocumentClient.from(testDynamoClient());
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(
      new ScanCommand({
        TableName: inject('tableName'),
        FilterExpression: 'begins_with(pk, :p)',
        ExpressionAttributeValues: { ':p': prefix },
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** A token for a regency no demo account has, so a test file can own a whole tenant. */
export async function tenantToken(regency: string, role: 'operator' | 'finance' | 'admin'): Promise<string> {
  return signWithIssuerKey({
    ...tokenClaims(KAPUAS.operator),
    sub: `${role}@${regency}.test`,
    email: `${role}@${regency}.test`,
    'cognito:groups': [`regency:${regency}`, `role:${role}`],
  });
}
