/**
 * API: the Hono backend (functions/lambda.ts) as one Lambda function behind an HTTP API.
 *
 * API Gateway checks the Cognito ID token (signature, issuer, audience = the add-in's client,
 * expiry) before the function runs, on every route except the public ones below; the function
 * checks it again and reads the regency and roles from it, so neither layer trusts the other
 * blindly. The function may touch only its own table and that table's indexes.
 */
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  type HttpRoute,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';
import { TABLE_DESIGN } from '../../functions/store/table-design';
import type { DeploymentConfig } from './config';
import { apiBundling } from './api-bundling';
import { RosterJobs } from './roster-jobs';

/** The backend's Lambda entry; a test may point elsewhere. */
export const LAMBDA_ENTRY = fileURLToPath(new URL('../../functions/lambda.ts', import.meta.url));

/**
 * Routes API Gateway lets through without a token. The health check is for monitors; the
 * OpenAPI document and its docs page describe the contract and hold no regency data, and a
 * browser opening /docs sends no bearer token. Everything else (all of /v1) needs a token.
 */
export const PUBLIC_ROUTES = [
  { method: HttpMethod.GET, path: '/health' },
  { method: HttpMethod.GET, path: '/openapi.json' },
  { method: HttpMethod.GET, path: '/docs' },
] as const;

/**
 * DynamoDB actions the backend uses: items are read, written and conditionally checked
 * (conditional puts claim NIKs; transactions lock rosters), and the index is only queried.
 * No Scan, no table administration.
 */
export const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;
export const INDEX_ACTIONS = ['dynamodb:Query'] as const;

export interface ApiStackProps extends StackProps {
  readonly config: DeploymentConfig;
  readonly table: TableV2;
  readonly issuer: string;
  /** The worker's entry (functions/worker.ts); a test may point elsewhere. */
  readonly workerEntry?: string;
  /** The add-in's Cognito app client id: the `aud` of the ID tokens the add-in sends. */
  readonly audience: string;
  /** `https://<id>.cloudfront.net`: the only origin browsers may call the API from. */
  readonly addinOrigin: string;
  readonly entry?: string;
}

export class ApiStack extends Stack {
  readonly api: HttpApi;
  readonly handler: NodejsFunction;
  readonly cursorSecret: Secret;
  /** The queue and worker of roster jobs (submit, withdraw). */
  readonly jobs: RosterJobs;
  /** `https://<api-id>.execute-api.<region>.amazonaws.com` (default stage, no path). */
  readonly url: string;
  /** The routes without the JWT authorizer (PUBLIC_ROUTES), for review and cdk-nag. */
  readonly publicRoutes: HttpRoute[] = [];

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config, table } = props;
    const retention = config.logRetentionDays;

    const functionLogs = new LogGroup(this, 'HandlerLogs', { retention });
    this.jobs = new RosterJobs(this, 'RosterJobs', {
      stage: config.stage,
      table,
      logRetention: retention,
      entry: props.workerEntry,
    });

    // The backend signs pagination cursors; every Lambda instance must share the key or a
    // cursor from one instance is refused by the next. CloudFormation resolves the secret into
    // the function's environment at deploy time, so the function needs no Secrets Manager
    // permission; rotating it only invalidates cursors in flight.
    this.cursorSecret = new Secret(this, 'CursorSecret', {
      description: `Rentan ${config.stage}: key that signs pagination cursors`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });

    // An own role instead of the AWS managed basic-execution policy, which may write to any log
    // group in the account: this one writes only to the function's log group.
    const role = new Role(this, 'HandlerRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Rentan API: its own log group and its own table, nothing else',
      inlinePolicies: {
        Logs: new PolicyDocument({
          statements: [
            new PolicyStatement({
              effect: Effect.ALLOW,
              actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              resources: [functionLogs.logGroupArn],
            }),
          ],
        }),
      },
    });

    this.handler = new NodejsFunction(this, 'Handler', {
      entry: props.entry ?? LAMBDA_ENTRY,
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      // API Gateway gives up at 30 s; stop a little earlier so the function logs why.
      timeout: Duration.seconds(29),
      role,
      logGroup: functionLogs,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        TABLE_NAME: table.tableName,
        OIDC_ISSUER: props.issuer,
        OIDC_AUDIENCE: props.audience,
        OIDC_JWKS_URI: `${props.issuer}/.well-known/jwks.json`,
        ALLOWED_ORIGINS: props.addinOrigin,
        POWERTOOLS_SERVICE_NAME: 'rentan-api',
        POWERTOOLS_METRICS_NAMESPACE: 'Rentan',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        RENTAN_STAGE: config.stage,
        CURSOR_SECRET: this.cursorSecret.secretValue.unsafeUnwrap(),
        QUEUE_URL: this.jobs.queue.queueUrl,
        // Stack traces point at the TypeScript sources through the bundled source map.
        NODE_OPTIONS: '--enable-source-maps',
      },
      // exceljs is bundled on its own beside the handler (see api-bundling.ts).
      bundling: apiBundling(),
    });

    // Least privilege, written out rather than table.grantReadWriteData(): that grant adds
    // `<table>/index/*` and Scan; here each index is named from TABLE_DESIGN.
    this.handler.addToRolePolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: [...TABLE_ACTIONS], resources: [table.tableArn] }),
    );
    this.handler.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...INDEX_ACTIONS],
        resources: TABLE_DESIGN.globalIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`),
      }),
    );

    // Submissions and withdrawals only start here; the worker does them.
    this.jobs.queue.grantSendMessages(this.handler);

    const authorizer = new HttpJwtAuthorizer('CognitoIdToken', props.issuer, {
      jwtAudience: [props.audience],
      identitySource: ['$request.header.Authorization'],
    });

    this.api = new HttpApi(this, 'HttpApi', {
      apiName: `rentan-${config.stage}`,
      description: 'Rentan: rosters of vulnerable workers for BPJS Ketenagakerjaan',
      createDefaultStage: false,
      // Every route is behind the JWT authorizer unless it is listed in PUBLIC_ROUTES.
      defaultAuthorizer: authorizer,
      corsPreflight: {
        allowOrigins: [props.addinOrigin],
        allowMethods: [
          CorsHttpMethod.GET,
          CorsHttpMethod.POST,
          CorsHttpMethod.PUT,
          CorsHttpMethod.DELETE,
          CorsHttpMethod.OPTIONS,
        ],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
        exposeHeaders: ['location', 'retry-after'],
        allowCredentials: false,
        maxAge: Duration.hours(1),
      },
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: config.throttleRate, burstLimit: config.throttleBurst },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const integration = new HttpLambdaIntegration('Backend', this.handler);
    for (const route of PUBLIC_ROUTES) {
      const added = this.api.addRoutes({
        path: route.path,
        methods: [route.method],
        integration,
        authorizer: new HttpNoneAuthorizer(),
      });
      this.publicRoutes.push(...added);
    }
    // Everything else, including /v1/...: the default (JWT) authorizer applies.
    this.api.addRoutes({ path: '/{proxy+}', methods: [HttpMethod.ANY], integration });

    this.url = this.api.apiEndpoint;
    new CfnOutput(this, 'ApiUrl', {
      value: this.url,
      description: 'The HTTP API (GET /health, /docs, /v1/...)',
    });
  }
}

/**
 * One JSON line per request. No NIKs can appear: paths carry roster ids, never NIKs, and
 * bodies are not logged. The user is identified by the token's subject, not by e-mail.
 */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  method: '$context.httpMethod',
  route: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  latencyMs: '$context.responseLatency',
  bytes: '$context.responseLength',
  user: '$context.authorizer.claims.sub',
  authorizerError: '$context.authorizer.error',
  integrationError: '$context.integrationErrorMessage',
};
