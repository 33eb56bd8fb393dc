/** What the app needs from its host: the table, the token issuer, the add-in's origins. */
import type { DynamoDBClient } from './store/client';
import type { JobQueue } from './rosters/jobs/queue';

export interface AuthConfig {
  issuer: string;
  /** The add-in's client id: ID tokens carry it as `aud`. */
  audience: string;
  jwksUri: string;
  /** Lets the local stack trust its own CA when fetching the key set. */
  fetch?: typeof globalThis.fetch;
}

export interface AppConfig {
  tableName: string;
  dynamo: DynamoDBClient;
  auth: AuthConfig;
  /** Origins allowed by CORS (the add-in's); every other origin gets no CORS headers. */
  allowedOrigins: string[];
  /** Largest accepted request body. Default 6 MB, Lambda's synchronous payload limit. */
  maxBodyBytes?: number;
  /** Signs pagination cursors; share one secret across instances. Default: random per process. */
  cursorSecret?: string;
  /** Where JSON log lines go. Default: stdout. */
  log?: (line: string) => void;
  /** The clock (tests pin it). */
  now?: () => Date;
  /** Where roster jobs go: SQS on AWS. Default: run them in this process (Node host). */
  jobs?: JobQueue;
  /** Test hook called at each named step of uploads and jobs (see functions/rosters/deps.ts). */
  fault?: (point: string) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024;
