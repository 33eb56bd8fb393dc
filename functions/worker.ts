/**
 * The AWS Lambda worker of roster jobs (submit, withdraw), fed by the SQS queue one message at a
 * time. It works chunk by chunk until a minute is left of its time, then sends the message again
 * and returns: the next run continues from the progress the roster records. A run that throws
 * leaves the message on the queue for SQS to retry, and after several failures in the
 * dead-letter queue; the roster meanwhile shows how far it got, and submitting again resumes it.
 *
 * Environment: TABLE_NAME, QUEUE_URL.
 */
import { dynamoFromEnvironment } from './store/client';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent } from 'aws-lambda';
import { createStore } from './store';
import { jsonLogger } from './http/logger';
import { runJob } from './rosters/jobs/run';
import { readJobMessage, sqsQueue } from './rosters/jobs/sqs';
import type { Deps } from './rosters/deps';

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`Environment variable ${name} is not set; the Rentan worker cannot start without it.`);
  return value;
}

/** Time left for the last step: a 2,000-row chunk's claims take seconds, not a minute. */
const RESERVE_MS = 60_000;

const jobs = sqsQueue(new SQSClient({}), required('QUEUE_URL'));
const deps: Deps = {
  store: createStore(dynamoFromEnvironment(), required('TABLE_NAME')),
  now: () => new Date(),
  logger: jsonLogger(),
  jobs,
};

export async function handler(event: SQSEvent, context: Context): Promise<void> {
  for (const record of event.Records) {
    const message = readJobMessage(record.body);
    const result = await runJob(deps, message, {
      timeLeft: () => context.getRemainingTimeInMillis() - RESERVE_MS,
      stepMs: 0,
    });
    if (result === 'more') await jobs.send(message);
  }
}
