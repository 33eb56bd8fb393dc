/** The job queue on AWS: an SQS queue (infra/aws/jobs.ts) read by the worker Lambda (functions/worker.ts). */
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { JobMessage, JobQueue } from './queue';

export function sqsQueue(client: SQSClient, queueUrl: string): JobQueue {
  return {
    async send(message: JobMessage) {
      await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(message) }));
    },
  };
}

/** A message body read back, refused unless it has the shape `send` writes. */
export function readJobMessage(body: string): JobMessage {
  const value = JSON.parse(body) as Partial<JobMessage>;
  if (
    typeof value.regency !== 'string' ||
    !/^\d{4}$/.test(value.regency) ||
    typeof value.rosterId !== 'string' ||
    typeof value.user !== 'string'
  ) {
    throw new Error('Not a roster job message.');
  }
  return { regency: value.regency, rosterId: value.rosterId, user: value.user };
}
