/**
 * Roster jobs (submit, withdraw) on AWS: an SQS queue the API sends to, read one message at a
 * time by a worker Lambda (functions/worker.ts) that claims or releases NIKs chunk by chunk and
 * sends its message again before its time runs out. A message that fails five times goes to a
 * dead-letter queue kept 14 days; the roster meanwhile shows its progress, and submitting again
 * resumes it.
 *
 * Least privilege: the API may only send to the queue; the worker may only read its table's items
 * (no index, no scan), consume the queue and send its own message back.
 */
import { Duration } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';

export const WORKER_ENTRY = fileURLToPath(new URL('../../functions/worker.ts', import.meta.url));

/** DynamoDB actions a job uses: read chunk records and rows' keys, claim and release NIKs, update rows and progress. */
export const WORKER_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** A worker run: long enough for many chunks, with a minute kept back to hand over (functions/worker.ts). */
export const WORKER_TIMEOUT = Duration.minutes(5);

export interface RosterJobsProps {
  readonly stage: string;
  readonly table: TableV2;
  readonly logRetention: RetentionDays;
  readonly entry?: string;
}

export class RosterJobs extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly worker: NodejsFunction;

  constructor(scope: Construct, id: string, props: RosterJobsProps) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's advice for Lambda consumers: at least six times the function's timeout.
      visibilityTimeout: Duration.seconds(WORKER_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: 5 },
    });

    const logs = new LogGroup(this, 'WorkerLogs', { retention: props.logRetention });
    const role = new Role(this, 'WorkerRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Rentan roster jobs: its own log group, its table, its queue',
      inlinePolicies: {
        Logs: new PolicyDocument({
          statements: [
            new PolicyStatement({
              effect: Effect.ALLOW,
              actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              resources: [logs.logGroupArn],
            }),
          ],
        }),
      },
    });
    this.worker = new NodejsFunction(this, 'Worker', {
      entry: props.entry ?? WORKER_ENTRY,
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      timeout: WORKER_TIMEOUT,
      role,
      logGroup: logs,
      loggingFormat: LoggingFormat.JSON,
      // One job per roster at a time is enough; a few rosters may run side by side.
      reservedConcurrentExecutions: 10,
      environment: {
        TABLE_NAME: props.table.tableName,
        QUEUE_URL: this.queue.queueUrl,
        RENTAN_STAGE: props.stage,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        forceDockerBundling: false,
        bundleAwsSDK: true,
        externalModules: [],
        minify: true,
        sourceMap: true,
        target: 'node24',
        format: OutputFormat.CJS,
      },
    });
    this.worker.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...WORKER_TABLE_ACTIONS],
        resources: [props.table.tableArn],
      }),
    );
    this.worker.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 1, reportBatchItemFailures: false }),
    );
    // Hands its message back to the queue when its time runs out.
    this.queue.grantSendMessages(this.worker);
  }
}
