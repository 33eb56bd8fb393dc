import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderManifest } from '../../addin/manifest/render';
import { CLIENT_CONFIG_PATH, ClientConfigSchema } from '../../shared/contracts/config';
import { createApp } from '../../functions/app';
import { serveNode } from '../../functions/node-host';
import { ensureTable } from '../../functions/store/create-table';
import { ensureAddinBuilt, type AddinBuildResult } from './addin-build';
import { devCertificates, type DevCertificates } from './certificates';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { localDynamoClient, startDynamoDbLocal } from './dynamodb-local';
import { SCOPES, startIssuer } from './issuer';
import { requireJava } from './java';
import { assertPortFree } from './ports';
import {
  LOCAL_CLIENT_ID,
  LOCAL_TABLE_NAME,
  PORT_VARIABLES,
  SERVICE_NAMES,
  type LocalStackSettings,
  type Service,
} from './settings';
import { CONTENT_TYPES, serveStaticFiles } from './static-files';
import { fetchTrustingCa } from './trusting-fetch';

export interface RunningStack {
  readonly urls: {
    readonly addin: string;
    readonly manifest: string;
    /** The client configuration (shared/contracts/config.ts). */
    readonly clientConfig: string;
    readonly api: string;
    readonly docs: string;
    readonly issuer: string;
    readonly dynamodb: string;
  };
  readonly tableName: string;
  readonly clientId: string;
  readonly manifestPath: string;
  readonly certificates: DevCertificates;
  readonly addinBuild: AddinBuildResult;
  readonly dynamoPid: number | undefined;
  /** Stops every service, newest first. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts the embedded stack: DynamoDB Local (data kept in settings.dataDir) with the table, the OIDC
 * issuer, the API and the add-in's files, all over HTTPS on localhost with the dev certificate.
 * On any failure, whatever already started is stopped again before the error is thrown.
 */
export async function startLocalStack(settings: LocalStackSettings): Promise<RunningStack> {
  requireJava();
  // Check every fixed port first: failing after DynamoDB started would waste a JVM start.
  for (const service of Object.keys(settings.ports) as Service[]) {
    await assertPortFree(settings.ports[service], SERVICE_NAMES[service], PORT_VARIABLES[service]);
  }

  const stoppers: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      for (const stopOne of stoppers.reverse()) {
        await stopOne().catch((error: unknown) => console.error('While stopping:', error));
      }
    })();
    return stopping;
  };

  try {
    const certificates = await devCertificates(settings.certificateDir);
    const tls = { key: certificates.key, cert: certificates.cert };
    const host = (port: number) => `https://localhost:${port}`;
    const addinUrl = host(settings.ports.addin);
    const apiUrl = host(settings.ports.api);

    const dynamo = await startDynamoDbLocal({ port: settings.ports.dynamodb, dataDir: settings.dataDir });
    stoppers.push(dynamo.stop);
    const client = localDynamoClient(dynamo.endpoint);
    stoppers.push(async () => client.destroy());
    await ensureTable(client, LOCAL_TABLE_NAME);

    const issuer = await startIssuer({
      port: settings.ports.issuer,
      tls,
      publicHost: 'localhost',
      clientId: LOCAL_CLIENT_ID,
      redirectUris: settings.redirectPaths.map((path) => `${addinUrl}${path}`),
      accounts: DEMO_ACCOUNTS,
    });
    stoppers.push(issuer.stop);

    const app = createApp({
      tableName: LOCAL_TABLE_NAME,
      dynamo: client,
      auth: {
        issuer: issuer.issuer,
        audience: LOCAL_CLIENT_ID,
        jwksUri: issuer.jwksUri,
        // The API fetches the issuer's keys over HTTPS signed by the local CA.
        fetch: fetchTrustingCa(certificates.ca),
      },
      allowedOrigins: [addinUrl],
    });
    const api = await serveNode(app, { port: settings.ports.api, tls }).catch(
      (error: NodeJS.ErrnoException) => {
        throw error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${settings.ports.api} (API) is already in use; choose another with RENTAN_API_PORT=<port>.`,
            )
          : error;
      },
    );
    stoppers.push(api.close);

    const addinBuild = ensureAddinBuilt(settings.projectDir, settings.addinDir, settings.addinBuild);
    const manifest = renderManifest({ baseUrl: addinUrl, appDomains: [apiUrl, issuer.issuer] });
    mkdirSync(dirname(settings.manifestPath), { recursive: true });
    writeFileSync(settings.manifestPath, manifest);
    // Generated, not part of the build; parsed here so a bad port or path fails at start.
    const clientConfig = ClientConfigSchema.parse({
      stage: 'local',
      apiUrl,
      auth: {
        issuer: issuer.issuer,
        clientId: LOCAL_CLIENT_ID,
        redirectUris: settings.redirectPaths.map((path) => `${addinUrl}${path}`),
        scopes: SCOPES,
      },
    });
    const files = await serveStaticFiles({
      root: settings.addinDir,
      port: settings.ports.addin,
      tls,
      // The manifest here is the one rendered for these ports, whatever the build rendered.
      generated: {
        '/manifest.xml': { contentType: CONTENT_TYPES['.xml']!, body: manifest },
        [CLIENT_CONFIG_PATH]: {
          contentType: CONTENT_TYPES['.json']!,
          body: `${JSON.stringify(clientConfig, null, 2)}\n`,
        },
      },
      missingRootHint: `The add-in files are not built yet (${settings.addinDir} is missing). ${addinBuild.message}`,
    });
    stoppers.push(files.close);

    return {
      urls: {
        addin: addinUrl,
        manifest: `${addinUrl}/manifest.xml`,
        clientConfig: `${addinUrl}${CLIENT_CONFIG_PATH}`,
        api: apiUrl,
        docs: `${apiUrl}/docs`,
        issuer: issuer.issuer,
        dynamodb: dynamo.endpoint,
      },
      tableName: LOCAL_TABLE_NAME,
      clientId: LOCAL_CLIENT_ID,
      manifestPath: settings.manifestPath,
      certificates,
      addinBuild,
      dynamoPid: dynamo.pid,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
