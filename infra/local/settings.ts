import { resolve } from 'node:path';
import { ADDIN_FILES } from '../../addin/manifest/files';
import { InputError, describe } from '../../shared/errors';
import type { AddinBuildMode } from './addin-build';
import { DEFAULT_CERTIFICATE_DIR } from './certificates';

/** Fixed defaults, so the manifest sideloaded once keeps working; each is moved by its variable. */
export const DEFAULT_PORTS = { addin: 3000, api: 3001, issuer: 3002, dynamodb: 8000 } as const;
export type Service = keyof typeof DEFAULT_PORTS;

export const PORT_VARIABLES: Readonly<Record<Service, string>> = {
  addin: 'RENTAN_ADDIN_PORT',
  api: 'RENTAN_API_PORT',
  issuer: 'RENTAN_ISSUER_PORT',
  dynamodb: 'RENTAN_DYNAMODB_PORT',
};

export const SERVICE_NAMES: Readonly<Record<Service, string>> = {
  addin: 'add-in files',
  api: 'API',
  issuer: 'OIDC issuer',
  dynamodb: 'DynamoDB Local',
};

/** The add-in's OAuth client id locally (Cognito's app client id plays this part in AWS). */
export const LOCAL_CLIENT_ID = 'rentan-addin';
export const LOCAL_TABLE_NAME = 'rentan';
/** Pages of the add-in the issuer may send the browser back to after sign-in. */
export const DEFAULT_REDIRECT_PATHS = [`/${ADDIN_FILES.page}`, '/auth-callback.html'];

export interface LocalStackSettings {
  readonly projectDir: string;
  readonly ports: Readonly<Record<Service, number>>;
  /** Git-ignored working folder: DynamoDB data and the rendered manifest. */
  readonly localDir: string;
  readonly dataDir: string;
  readonly manifestPath: string;
  readonly certificateDir: string;
  readonly addinDir: string;
  readonly addinBuild: AddinBuildMode;
  readonly redirectPaths: readonly string[];
  /** Start, check every URL answers, print OK, stop. */
  readonly smoke: boolean;
}

/** Reads the settings from the environment and the command line (`npm start -- --smoke`). */
export function readSettings(
  env: NodeJS.ProcessEnv,
  argv: readonly string[],
  projectDir = process.cwd(),
): LocalStackSettings {
  const unknown = argv.filter((a) => a !== '--smoke');
  if (unknown.length > 0) {
    throw new InputError(
      'arguments',
      `Unknown argument ${describe(unknown[0])}; the only option is --smoke.`,
    );
  }
  const ports = Object.fromEntries(
    (Object.keys(DEFAULT_PORTS) as Service[]).map((service) => [service, port(env, service)]),
  ) as Record<Service, number>;
  const taken = new Map<number, Service>();
  for (const service of Object.keys(ports) as Service[]) {
    const other = taken.get(ports[service]);
    if (other) {
      throw new InputError(
        PORT_VARIABLES[service],
        `${SERVICE_NAMES[service]} and ${SERVICE_NAMES[other]} cannot share port ${ports[service]}; set ${PORT_VARIABLES[service]} to another port.`,
      );
    }
    taken.set(ports[service], service);
  }
  const localDir = resolve(projectDir, env.RENTAN_LOCAL_DIR || '.local');
  const build = env.RENTAN_ADDIN_BUILD || 'auto';
  if (build !== 'auto' && build !== 'always' && build !== 'never') {
    throw new InputError(
      'RENTAN_ADDIN_BUILD',
      `RENTAN_ADDIN_BUILD is auto, always or never, got ${describe(build)}.`,
    );
  }
  const redirectPaths = (env.RENTAN_REDIRECT_PATHS || DEFAULT_REDIRECT_PATHS.join(','))
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const path of redirectPaths) {
    if (!path.startsWith('/')) {
      throw new InputError('RENTAN_REDIRECT_PATHS', `Redirect paths start with "/", got ${describe(path)}.`);
    }
  }
  return {
    projectDir,
    ports,
    localDir,
    dataDir: resolve(localDir, 'dynamodb'),
    manifestPath: resolve(localDir, 'manifest.xml'),
    certificateDir: resolve(env.RENTAN_CERTS_DIR || DEFAULT_CERTIFICATE_DIR),
    addinDir: resolve(projectDir, env.RENTAN_ADDIN_DIR || 'dist/addin'),
    addinBuild: build,
    redirectPaths,
    smoke: argv.includes('--smoke') || env.RENTAN_SMOKE === '1',
  };
}

function port(env: NodeJS.ProcessEnv, service: Service): number {
  const variable = PORT_VARIABLES[service];
  const raw = env[variable];
  if (raw === undefined || raw === '') return DEFAULT_PORTS[service];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new InputError(
      variable,
      `${variable} must be a port number from 1 to 65535, got ${describe(raw)}.`,
    );
  }
  return value;
}
