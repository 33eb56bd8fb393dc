/**
 * The AWS Lambda host (API Gateway HTTP API): the same app, configured from the environment.
 * TABLE_NAME, OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URI, ALLOWED_ORIGINS (comma-separated),
 * QUEUE_URL (roster jobs), optional CURSOR_SECRET and MAX_BODY_BYTES.
 */
import { handle } from 'hono/aws-lambda';
import { SQSClient } from '@aws-sdk/client-sqs';
import { createApp } from './app';
import { sqsQueue } from './rosters/jobs/sqs';
import { dynamoFromEnvironment } from './store/client';

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`Environment variable ${name} is not set; the Rentan API cannot start without it.`);
  return value;
}

const app = createApp({
  tableName: required('TABLE_NAME'),
  dynamo: dynamoFromEnvironment(),
  auth: {
    issuer: required('OIDC_ISSUER'),
    audience: required('OIDC_AUDIENCE'),
    jwksUri: required('OIDC_JWKS_URI'),
  },
  allowedOrigins: required('ALLOWED_ORIGINS')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  cursorSecret: process.env.CURSOR_SECRET || undefined,
  maxBodyBytes: process.env.MAX_BODY_BYTES ? Number(process.env.MAX_BODY_BYTES) : undefined,
  // Submissions and withdrawals run in the worker function (functions/worker.ts), not here.
  jobs: sqsQueue(new SQSClient({}), required('QUEUE_URL')),
});

export const handler = handle(app);
