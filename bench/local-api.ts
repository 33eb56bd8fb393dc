/**
 * The API as benches use it: DynamoDB Local (in memory), the same app on the Node host over HTTP,
 * its roster jobs in-process, and a signed operator token checked on every request (the key set
 * is served in-process: benches measure the API, not an issuer).
 */
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createService, type Service } from '../functions/app';
import { serveNode } from '../functions/node-host';
import { ensureTable } from '../functions/store/create-table';
import { localDynamoClient, startDynamoDbLocal } from '../infra/local/dynamodb-local';
import { composeNik } from '../shared/nik';
import { emptyRow, type RosterRow } from '../shared/roster/schema';

export interface LocalApi {
  url: string;
  headers: Record<string, string>;
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  table: string;
  service: Service;
  close(): Promise<void>;
}

export async function startLocalApi(table = 'rentan-bench'): Promise<LocalApi> {
  const dynamo = await startDynamoDbLocal();
  const client = localDynamoClient(dynamo.endpoint);
  await ensureTable(client, table);
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: 'RS256', use: 'sig' }] };
  const issuer = 'https://issuer.bench.invalid';
  const service = createService({
    tableName: table,
    dynamo: client,
    auth: {
      issuer,
      audience: 'rentan-bench',
      jwksUri: `${issuer}/jwks`,
      fetch: async () =>
        new Response(JSON.stringify(jwks), { headers: { 'Content-Type': 'application/json' } }),
    },
    allowedOrigins: [],
    log: () => {},
  });
  const server = await serveNode(service.app, { port: 0 });
  const token = await new SignJWT({
    'cognito:groups': ['regency:6203', 'role:operator'],
    email: 'bench@rentan.test',
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'bench' })
    .setIssuer(issuer)
    .setAudience('rentan-bench')
    .setSubject('bench')
    .setIssuedAt()
    .setExpirationTime('4h')
    .sign(privateKey);
  return {
    url: server.url,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    client,
    doc: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    table,
    service,
    async close() {
      await server.close();
      client.destroy();
      await dynamo.stop();
    },
  };
}

/** `count` distinct, valid workers of Kapuas; `batch` shifts serials so batches never share a NIK. */
export function benchRoster(count: number, batch: number): RosterRow[] {
  const rows: RosterRow[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 1971 + (Math.floor(i / 336) % 30);
    const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const serial = 1 + batch * 30 + Math.floor(i / (336 * 30));
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
