/**
 * The security properties of the deployment, asserted on the synthesised templates.
 * One synthesis for the whole file (bundling skipped, cdk-nag on), then Template.fromStack.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_DESIGN } from '../../functions/store/table-design';
import { ClientConfigSchema } from '../../shared/contracts/config';
import { InputError } from '../../shared/errors';
import { INDEX_ACTIONS, LAMBDA_ENTRY, TABLE_ACTIONS } from '../../infra/aws/api-stack';
import { WORKER_TABLE_ACTIONS } from '../../infra/aws/roster-jobs';
import { readConfig, type DeploymentConfig } from '../../infra/aws/config';
import { manifestId } from '../../infra/aws/manifest-id';
import { OFFICE_FRAME_ANCESTORS } from '../../infra/aws/office-hosts';
import { buildRentan, type RentanStacks } from '../../infra/aws/rentan-app';

const ACCOUNT = '123456789012';
const REGION = 'ap-southeast-3';
const config: DeploymentConfig = readConfig(
  { context: () => undefined, env: { RENTAN_STAGE: 'test', RENTAN_REGENCIES: '6203, 62.05' } },
  ACCOUNT,
);

/** A small stand-in for dist/addin: what the release must publish, and what it must not. */
function fakeAddinBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rentan-addin-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'taskpane.html'), '<!doctype html><title>Rentan</title>');
  writeFileSync(join(dir, 'functions.json'), '{"functions":[]}');
  writeFileSync(join(dir, 'manifest.xml'), '<OfficeApp>localhost build</OfficeApp>');
  return dir;
}

/** CloudFormation value of a cross-stack import of `output` from `producer`. */
function importOf(producer: Template, value: object): object {
  const outputs = producer.toJSON()['Outputs'] as Record<
    string,
    { Value: unknown; Export?: { Name: string } }
  >;
  const found = Object.values(outputs).find(
    (o) => o.Export !== undefined && JSON.stringify(o.Value) === JSON.stringify(value),
  );
  if (!found?.Export) throw new Error(`No export of ${JSON.stringify(value)}`);
  return { 'Fn::ImportValue': found.Export.Name };
}

function onlyResource(
  template: Template,
  type: string,
): { id: string; props: Record<string, any>; raw: any } {
  const all = template.findResources(type);
  const ids = Object.keys(all);
  expect(ids, `exactly one ${type}`).toHaveLength(1);
  const id = ids[0]!;
  const raw = all[id]!;
  return { id, props: raw.Properties, raw };
}

/** The one resource of a type whose logical id starts with `prefix` (stacks hold several functions). */
function resourceNamed(
  template: Template,
  type: string,
  prefix: string,
): { id: string; props: Record<string, any>; raw: any } {
  const all = template.findResources(type);
  const ids = Object.keys(all).filter((id) => id.startsWith(prefix));
  expect(ids, `exactly one ${type} named ${prefix}…`).toHaveLength(1);
  const id = ids[0]!;
  const raw = all[id]!;
  return { id, props: raw.Properties, raw };
}

let app: App;
let stacks: RentanStacks;
let outdir: string;
let addinDir: string;
let t: { data: Template; hosting: Template; identity: Template; api: Template; release: Template };

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'rentan-cdk-'));
  app = new App({
    outdir,
    // Assertions need templates, not bundles; CloudFormation schema validation is the synth test's job.
    context: { 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  });
  stacks = buildRentan(app, config, {
    env: { account: ACCOUNT, region: REGION },
    lambdaEntry: LAMBDA_ENTRY,
    addinDir: (addinDir = fakeAddinBuild()),
    manifestVersion: '0.1.0.0',
  });
  // cdk-nag runs here: any AwsSolutions finding not acknowledged with a reason throws.
  app.synth();
  t = {
    data: Template.fromStack(stacks.data),
    hosting: Template.fromStack(stacks.hosting),
    identity: Template.fromStack(stacks.identity),
    api: Template.fromStack(stacks.api),
    release: Template.fromStack(stacks.release),
  };
}, 120_000);

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(addinDir, { recursive: true, force: true });
});

describe('cdk-nag AwsSolutions', () => {
  it('leaves no finding, error or warning, unacknowledged', () => {
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { pluginName: string; violations: { ruleName: string }[] }[];
    };
    const open = report.pluginReports.flatMap((r) =>
      r.violations.map((v) => `${r.pluginName}: ${v.ruleName}`),
    );
    expect(open).toEqual([]);
  });

  it('fails the synth when a resource breaks a rule and nobody acknowledged it', () => {
    const other = new App({
      context: { 'aws:cdk:bundling-stacks': [] },
      builtinCloudFormationValidation: false,
    });
    const built = buildRentan(other, config, {
      env: { account: ACCOUNT, region: REGION },
      lambdaEntry: LAMBDA_ENTRY,
    });
    // A bucket without TLS enforcement or access logs, slipped into the data stack.
    new Bucket(built.data, 'CarelessBucket');
    expect(() => other.synth()).toThrow(
      /AwsSolutions-S10[\s\S]*CarelessBucket|CarelessBucket[\s\S]*AwsSolutions-S10/,
    );
  }, 120_000);
});

describe('data', () => {
  it('builds the table from TABLE_DESIGN: keys, index and TTL', () => {
    const { props } = onlyResource(t.data, 'AWS::DynamoDB::GlobalTable');
    expect(props['KeySchema']).toEqual([
      { AttributeName: TABLE_DESIGN.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: TABLE_DESIGN.sortKey.name, KeyType: 'RANGE' },
    ]);
    expect(props['GlobalSecondaryIndexes']).toEqual(
      TABLE_DESIGN.globalIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    expect(props['TimeToLiveSpecification']).toEqual({
      AttributeName: TABLE_DESIGN.timeToLiveAttribute,
      Enabled: true,
    });
    expect(props['BillingMode']).toBe('PAY_PER_REQUEST');
  });

  it('keeps the data: PITR, deletion protection, retained on stack deletion, encrypted at rest', () => {
    const { props, raw } = onlyResource(t.data, 'AWS::DynamoDB::GlobalTable');
    const replica = props['Replicas'][0];
    expect(replica.Region).toBe(REGION);
    expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(replica.DeletionProtectionEnabled).toBe(true);
    expect(raw.DeletionPolicy).toBe('Retain');
    expect(raw.UpdateReplacePolicy).toBe('Retain');
    // SSEEnabled false is DynamoDB's setting for "encrypted with the AWS-owned key" (the chosen
    // default); the alternative would name a KMS key.
    expect(props['SSESpecification']).toEqual({ SSEEnabled: false });
  });
});

describe('identity', () => {
  it('has a strong password policy, optional TOTP MFA, no self sign-up, threat protection, deletion protection', () => {
    const { props, raw } = onlyResource(t.identity, 'AWS::Cognito::UserPool');
    expect(props['Policies'].PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(props['MfaConfiguration']).toBe('OPTIONAL');
    expect(props['EnabledMfas']).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(props['AdminCreateUserConfig']).toEqual({ AllowAdminCreateUserOnly: true });
    expect(props['UserPoolTier']).toBe('PLUS');
    expect(props['UserPoolAddOns']).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
    expect(props['DeletionProtection']).toBe('ACTIVE');
    expect(raw.DeletionPolicy).toBe('Retain');
  });

  it('has one group per regency and per role, named as shared/access.ts reads them', () => {
    const groups = Object.values(t.identity.findResources('AWS::Cognito::UserPoolGroup')).map(
      (g) => g.Properties.GroupName as string,
    );
    // "62.05" in the settings is the same regency as 6205.
    expect(groups.sort()).toEqual([
      'regency:6203',
      'regency:6205',
      'role:admin',
      'role:finance',
      'role:operator',
    ]);
  });

  it('gives the add-in a public client: authorization code (PKCE), no secret, callbacks only on the add-in origin', () => {
    const { props } = onlyResource(t.identity, 'AWS::Cognito::UserPoolClient');
    expect(props['GenerateSecret']).toBe(false);
    expect(props['AllowedOAuthFlows']).toEqual(['code']);
    expect(props['AllowedOAuthFlowsUserPoolClient']).toBe(true);
    expect(props['SupportedIdentityProviders']).toEqual(['COGNITO']);
    expect(props['ExplicitAuthFlows']).not.toContain('ALLOW_USER_PASSWORD_AUTH');
    const domain = importOf(t.hosting, { 'Fn::GetAtt': [distributionId(), 'DomainName'] });
    const onOrigin = (path: string) => ({ 'Fn::Join': ['', ['https://', domain, path]] });
    expect(props['CallbackURLs']).toEqual([onOrigin('/taskpane.html'), onOrigin('/auth-callback.html')]);
    expect(props['LogoutURLs']).toEqual([onOrigin('/taskpane.html')]);
  });

  it('has a hosted sign-in domain prefixed by stage and account', () => {
    t.identity.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: `rentan-test-${ACCOUNT}` });
  });
});

function distributionId(): string {
  return onlyResource(t.hosting, 'AWS::CloudFront::Distribution').id;
}

describe('api', () => {
  it('runs the backend on the latest Node runtime, arm64, with Powertools settings and the table/issuer config', () => {
    const { props } = resourceNamed(t.api, 'AWS::Lambda::Function', 'Handler');
    expect(props['Runtime']).toBe('nodejs24.x');
    expect(props['Architectures']).toEqual(['arm64']);
    const vars = props['Environment'].Variables;
    expect(vars.POWERTOOLS_SERVICE_NAME).toBe('rentan-api');
    expect(vars.TABLE_NAME).toEqual(importOf(t.data, { Ref: tableId() }));
    expect(vars.OIDC_AUDIENCE).toEqual(importOf(t.identity, { Ref: clientId() }));
    expect(JSON.stringify(vars.OIDC_ISSUER)).toContain(`https://cognito-idp.${REGION}.amazonaws.com/`);
    expect(JSON.stringify(vars.OIDC_JWKS_URI)).toContain('/.well-known/jwks.json');
    // The cursor key is resolved from Secrets Manager by CloudFormation, never a literal here.
    const secretId = onlyResource(t.api, 'AWS::SecretsManager::Secret').id;
    expect(vars.CURSOR_SECRET).toEqual({
      'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']],
    });
    expect(vars.ALLOWED_ORIGINS).toEqual({
      'Fn::Join': ['', ['https://', importOf(t.hosting, { 'Fn::GetAtt': [distributionId(), 'DomainName'] })]],
    });
  });

  it('keeps the function logs for the configured time', () => {
    for (const group of Object.values(t.api.findResources('AWS::Logs::LogGroup'))) {
      expect(group.Properties.RetentionInDays).toBe(config.logRetentionDays);
    }
  });

  it('lets the function touch only its table and its indexes (and its own log group)', () => {
    const tableArn = importOf(t.data, { 'Fn::GetAtt': [tableId(), 'Arn'] });
    const indexArns = TABLE_DESIGN.globalIndexes.map((index) => ({
      'Fn::Join': ['', [tableArn, `/index/${index.indexName}`]],
    }));
    const role = resourceNamed(t.api, 'AWS::IAM::Role', 'HandlerRole');
    expect(role.props['ManagedPolicyArns'] ?? []).toEqual([]);

    const statements = [
      ...role.props['Policies'].flatMap((p: any) => p.PolicyDocument.Statement),
      ...Object.values(t.api.findResources('AWS::IAM::Policy'))
        .filter((p) => JSON.stringify(p.Properties.Roles).includes(role.id))
        .flatMap((p) => p.Properties.PolicyDocument.Statement),
    ];
    const queueArn = { 'Fn::GetAtt': [resourceNamed(t.api, 'AWS::SQS::Queue', 'RosterJobsQueue').id, 'Arn'] };
    const logGroupArn = { 'Fn::GetAtt': [logGroupId('HandlerLogs'), 'Arn'] };
    for (const statement of statements) {
      const actions = [statement.Action].flat() as string[];
      const resources = [statement.Resource].flat();
      expect(statement.Effect).toBe('Allow');
      expect(actions.some((a) => a.includes('*'))).toBe(false);
      if (actions.every((a) => a.startsWith('logs:'))) {
        expect(resources).toEqual([logGroupArn]);
      } else if (actions.some((a) => a.startsWith('sqs:'))) {
        // Submissions are only started here: it may send to the job queue, nothing else of SQS.
        expect(actions.filter((a) => a.startsWith('sqs:')).sort()).toEqual([
          'sqs:GetQueueAttributes',
          'sqs:GetQueueUrl',
          'sqs:SendMessage',
        ]);
        expect(resources).toEqual([queueArn]);
      } else {
        expect(actions.every((a) => a.startsWith('dynamodb:'))).toBe(true);
        expect(actions).not.toContain('dynamodb:Scan');
        for (const resource of resources) expect([tableArn, ...indexArns]).toContainEqual(resource);
      }
    }
    const dynamo = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    expect(dynamo.flatMap((s) => [s.Resource].flat())).toEqual([tableArn, ...indexArns]);
    expect(dynamo.flatMap((s) => [s.Action].flat()).sort()).toEqual(
      [...TABLE_ACTIONS, ...INDEX_ACTIONS].sort(),
    );
  });

  it('runs roster jobs from an encrypted SQS queue with a dead-letter queue, one message at a time', () => {
    const queue = resourceNamed(t.api, 'AWS::SQS::Queue', 'RosterJobsQueue');
    const dead = resourceNamed(t.api, 'AWS::SQS::Queue', 'RosterJobsDeadLetters');
    expect(queue.props['SqsManagedSseEnabled']).toBe(true);
    expect(dead.props['SqsManagedSseEnabled']).toBe(true);
    expect(queue.props['RedrivePolicy']).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [dead.id, 'Arn'] },
      maxReceiveCount: 5,
    });
    expect(dead.props['MessageRetentionPeriod']).toBe(14 * 24 * 3600);
    const worker = resourceNamed(t.api, 'AWS::Lambda::Function', 'RosterJobsWorker');
    // SQS hides a message for six times the worker's timeout, so a running job is never run twice by SQS.
    expect(queue.props['VisibilityTimeout']).toBe(6 * worker.props['Timeout']);
    expect(worker.props['Runtime']).toBe('nodejs24.x');
    expect(worker.props['Environment'].Variables.QUEUE_URL).toEqual({ Ref: queue.id });
    const mapping = onlyResource(t.api, 'AWS::Lambda::EventSourceMapping');
    expect(mapping.props).toMatchObject({
      BatchSize: 1,
      EventSourceArn: { 'Fn::GetAtt': [queue.id, 'Arn'] },
      FunctionName: { Ref: worker.id },
    });
    // Only TLS to either queue.
    const policies = Object.values(t.api.findResources('AWS::SQS::QueuePolicy')).map((p) =>
      JSON.stringify(p),
    );
    expect(policies.filter((p) => p.includes('aws:SecureTransport'))).toHaveLength(2);
    // The API sends to the queue: its URL is in the handler's environment.
    const handler = resourceNamed(t.api, 'AWS::Lambda::Function', 'Handler');
    expect(handler.props['Environment'].Variables.QUEUE_URL).toEqual({ Ref: queue.id });
  });

  it('lets the worker touch only its table (no index, no scan), its queue and its own log group', () => {
    const tableArn = importOf(t.data, { 'Fn::GetAtt': [tableId(), 'Arn'] });
    const role = resourceNamed(t.api, 'AWS::IAM::Role', 'RosterJobsWorkerRole');
    expect(role.props['ManagedPolicyArns'] ?? []).toEqual([]);
    const queueArn = { 'Fn::GetAtt': [resourceNamed(t.api, 'AWS::SQS::Queue', 'RosterJobsQueue').id, 'Arn'] };
    const logs = {
      'Fn::GetAtt': [resourceNamed(t.api, 'AWS::Logs::LogGroup', 'RosterJobsWorkerLogs').id, 'Arn'],
    };
    const statements = [
      ...role.props['Policies'].flatMap((p: any) => p.PolicyDocument.Statement),
      ...Object.values(t.api.findResources('AWS::IAM::Policy'))
        .filter((p) => JSON.stringify(p.Properties.Roles).includes(role.id))
        .flatMap((p) => p.Properties.PolicyDocument.Statement),
    ];
    const byService = (prefix: string) =>
      statements.filter((s: any) => [s.Action].flat().every((a: string) => a.startsWith(prefix)));
    expect(byService('logs:').flatMap((s: any) => [s.Resource].flat())).toEqual([logs]);
    const dynamo = byService('dynamodb:');
    expect(dynamo.flatMap((s: any) => [s.Resource].flat())).toEqual([tableArn]);
    expect(dynamo.flatMap((s: any) => [s.Action].flat()).sort()).toEqual([...WORKER_TABLE_ACTIONS].sort());
    const sqs = byService('sqs:');
    expect(
      new Set(sqs.flatMap((s: any) => [s.Resource].flat()).map((r: unknown) => JSON.stringify(r))),
    ).toEqual(new Set([JSON.stringify(queueArn)]));
    expect(sqs.flatMap((s: any) => [s.Action].flat())).toEqual(
      expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:SendMessage']),
    );
    expect(byService('logs:').length + dynamo.length + sqs.length).toBe(statements.length);
    for (const s of statements) expect([s.Action].flat().some((a: string) => a.includes('*'))).toBe(false);
  });

  it('puts the JWT authorizer on every route but the public ones', () => {
    const authorizer = onlyResource(t.api, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer.props['AuthorizerType']).toBe('JWT');
    expect(authorizer.props['IdentitySource']).toEqual(['$request.header.Authorization']);
    expect(authorizer.props['JwtConfiguration'].Audience).toEqual([
      importOf(t.identity, { Ref: clientId() }),
    ]);
    expect(authorizer.props['JwtConfiguration'].Issuer).toEqual({
      'Fn::Join': [
        '',
        [`https://cognito-idp.${REGION}.amazonaws.com/`, importOf(t.identity, { Ref: userPoolId() })],
      ],
    });

    const routes = Object.values(t.api.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties);
    const byKey = new Map(routes.map((r) => [r.RouteKey as string, r]));
    expect([...byKey.keys()].sort()).toEqual([
      'ANY /{proxy+}',
      'GET /docs',
      'GET /health',
      'GET /openapi.json',
    ]);
    const open = ['GET /health', 'GET /openapi.json', 'GET /docs'];
    for (const [key, route] of byKey) {
      if (open.includes(key)) {
        expect(route.AuthorizationType, key).toBe('NONE');
        expect(route.AuthorizerId, key).toBeUndefined();
      } else {
        expect(route.AuthorizationType, key).toBe('JWT');
        expect(route.AuthorizerId, key).toEqual({ Ref: authorizer.id });
      }
    }
  });

  it('allows CORS only from the add-in origin', () => {
    const { props } = onlyResource(t.api, 'AWS::ApiGatewayV2::Api');
    const cors = props['CorsConfiguration'];
    expect(cors.AllowOrigins).toEqual([
      {
        'Fn::Join': [
          '',
          ['https://', importOf(t.hosting, { 'Fn::GetAtt': [distributionId(), 'DomainName'] })],
        ],
      },
    ]);
    expect(JSON.stringify(cors)).not.toContain('"*"');
    expect(cors.AllowCredentials).toBe(false);
  });

  it('throttles the default stage and writes access logs to a log group', () => {
    const { props } = onlyResource(t.api, 'AWS::ApiGatewayV2::Stage');
    expect(props['StageName']).toBe('$default');
    expect(props['DefaultRouteSettings']).toMatchObject({
      ThrottlingRateLimit: config.throttleRate,
      ThrottlingBurstLimit: config.throttleBurst,
    });
    expect(props['AccessLogSettings'].DestinationArn).toEqual({
      'Fn::GetAtt': [logGroupId('AccessLogs'), 'Arn'],
    });
    const format = JSON.parse(props['AccessLogSettings'].Format);
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
  });
});

function tableId(): string {
  return onlyResource(t.data, 'AWS::DynamoDB::GlobalTable').id;
}
function clientId(): string {
  return onlyResource(t.identity, 'AWS::Cognito::UserPoolClient').id;
}
function userPoolId(): string {
  return onlyResource(t.identity, 'AWS::Cognito::UserPool').id;
}
function logGroupId(prefix: string): string {
  const id = Object.keys(t.api.findResources('AWS::Logs::LogGroup')).find((k) => k.startsWith(prefix));
  if (!id) throw new Error(`no log group ${prefix}`);
  return id;
}

describe('hosting', () => {
  it('keeps the bucket private: all public access blocked, owner-enforced, encrypted', () => {
    const { props } = onlyResource(t.hosting, 'AWS::S3::Bucket');
    expect(props['PublicAccessBlockConfiguration']).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(props['OwnershipControls']).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(
      props['BucketEncryption'].ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault,
    ).toEqual({
      SSEAlgorithm: 'AES256',
    });
    expect(props['BucketName']).toBe(`rentan-test-addin-${ACCOUNT}-${REGION}`);
    expect(props['WebsiteConfiguration']).toBeUndefined();
  });

  it('denies non-TLS access and lets only this CloudFront distribution read', () => {
    const { props } = onlyResource(t.hosting, 'AWS::S3::BucketPolicy');
    const statements = props['PolicyDocument'].Statement as any[];
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Principal: { AWS: '*' },
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0].Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(allows[0].Action).toBe('s3:GetObject');
    expect(JSON.stringify(allows[0].Condition['StringEquals']['AWS:SourceArn'])).toContain(
      JSON.stringify({ Ref: distributionId() }),
    );
  });

  it('reads the bucket through origin access control and redirects viewers to HTTPS', () => {
    const oac = onlyResource(t.hosting, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.props['OriginAccessControlConfig']).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const { props } = onlyResource(t.hosting, 'AWS::CloudFront::Distribution');
    const origin = props['DistributionConfig'].Origins[0];
    expect(origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [oac.id, 'Id'] });
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    expect(props['DistributionConfig'].DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
  });

  it('sends security headers that still let Office frame the task pane', () => {
    const policy = onlyResource(t.hosting, 'AWS::CloudFront::ResponseHeadersPolicy');
    const headers = policy.props['ResponseHeadersPolicyConfig'].SecurityHeadersConfig;
    expect(headers.StrictTransportSecurity).toMatchObject({
      AccessControlMaxAgeSec: 63_072_000,
      Override: true,
    });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    // X-Frame-Options has no allow-list; DENY or SAMEORIGIN would blank the pane in Excel on the web.
    expect(headers.FrameOptions).toBeUndefined();
    const csp: string = headers.ContentSecurityPolicy.ContentSecurityPolicy;
    const frameAncestors = csp.split(';').find((d) => d.trim().startsWith('frame-ancestors'))!;
    for (const host of OFFICE_FRAME_ANCESTORS) expect(frameAncestors).toContain(host);
    expect(frameAncestors).not.toContain("'none'");
    t.hosting.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: { DefaultCacheBehavior: { ResponseHeadersPolicyId: { Ref: policy.id } } },
    });
  });
});

/** Asset folders the synth staged (file assets are folders; zips are the CDK's own). */
function stagedDirs(): string[] {
  return readdirSync(outdir).filter((f) => f.startsWith('asset.') && statSync(join(outdir, f)).isDirectory());
}

describe('release', () => {
  it('publishes the build (without its localhost manifest), config.json and the deployed manifest to the bucket', () => {
    const { props } = onlyResource(t.release, 'Custom::CDKBucketDeployment');
    expect(props['DestinationBucketName']).toBe(`rentan-test-addin-${ACCOUNT}-${REGION}`);
    expect(props['Prune']).toBe(true);
    expect(props['SourceObjectKeys']).toHaveLength(3);
    expect(props['DistributionPaths']).toEqual(['/*']);
    expect(props['SystemMetadata']).toEqual({ 'cache-control': 'public, max-age=300' });

    const files = (name: string) => stagedDirs().filter((d) => readdirSync(join(outdir, d)).includes(name));
    // The build folder went in without its own manifest.xml ...
    const build = files('taskpane.html');
    expect(build).toHaveLength(1);
    expect(readdirSync(join(outdir, build[0]!))).not.toContain('manifest.xml');
    // ... and the manifest that is published is the rendered one.
    expect(files('manifest.xml')).toHaveLength(1);
    expect(files('config.json')).toHaveLength(1);
  });

  it('renders the manifest for this stage with the deployed URLs filled in at deploy time', () => {
    const dir = stagedDirs().find((d) => readdirSync(join(outdir, d)).includes('manifest.xml'))!;
    const xml = readFileSync(join(outdir, dir, 'manifest.xml'), 'utf8');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.OfficeApp.Id).toBe(manifestId('test', ACCOUNT));
    expect(parsed.OfficeApp.Version).toBe('0.1.0.0');
    expect(JSON.stringify(parsed.OfficeApp.DisplayName)).toContain('Rentan (test)');
    // No stand-in origin survived; the URLs are deploy-time markers for the distribution domain.
    expect(xml).not.toContain('rentan.invalid');
    const { props } = onlyResource(t.release, 'Custom::CDKBucketDeployment');
    const markers = JSON.stringify(props['SourceMarkers']);
    expect(markers).toContain(
      JSON.stringify(importOf(t.hosting, { 'Fn::GetAtt': [distributionId(), 'DomainName'] })),
    );
    for (const marker of xml.match(/<<marker:0x[0-9a-f]+:\d+>>/g) ?? []) expect(markers).toContain(marker);
    expect(xml).toMatch(/<<marker:/);
  });

  it('tells the add-in and the CLI where the API and the sign-in are (config.json, the shared schema)', () => {
    const dir = stagedDirs().find((d) => readdirSync(join(outdir, d)).includes('config.json'))!;
    const text = readFileSync(join(outdir, dir, 'config.json'), 'utf8');
    const runtime = JSON.parse(text);
    expect(runtime.stage).toBe('test');
    expect(runtime.auth.scopes).toEqual(['openid', 'email', 'profile']);
    expect(runtime.apiUrl).toMatch(/^<<marker:/);
    expect(runtime.auth.issuer).toMatch(/^https:\/\/cognito-idp\.ap-southeast-3\.amazonaws\.com\/<<marker:/);
    // The deployment fills each marker with a value CloudFormation knows only then: a whole URL where
    // the marker starts a value (the API's endpoint, the distribution's origin), else a name or id.
    const deployed = text
      .replace(/"<<marker:0x[0-9a-f]+:\d+>>/g, '"https://deployed.example')
      .replace(/<<marker:0x[0-9a-f]+:\d+>>/g, 'deployed-id');
    const parsed = ClientConfigSchema.parse(JSON.parse(deployed));
    expect(parsed.auth.redirectUris.map((uri) => new URL(uri).pathname)).toEqual([
      '/taskpane.html',
      '/auth-callback.html',
    ]);
    expect(parsed.auth.logoutUri).toBeDefined();
    expect(parsed.auth.signInUrl).toBeDefined();
  });

  it('outputs the manifest URL', () => {
    t.release.hasOutput('ManifestUrl', {
      Value: {
        'Fn::Join': [
          '',
          [
            'https://',
            importOf(t.hosting, { 'Fn::GetAtt': [distributionId(), 'DomainName'] }),
            '/manifest.xml',
          ],
        ],
      },
    });
  });
});

describe('another stage: MFA required, threat protection audit-only, add-in not built', () => {
  it('synthesises with cdk-nag, enforces MFA, and warns that only config and manifest will be published', () => {
    const strict = readConfig(
      {
        context: () => undefined,
        env: {
          RENTAN_STAGE: 'prod',
          RENTAN_REGENCIES: '6107',
          RENTAN_MFA: 'required',
          RENTAN_THREAT_PROTECTION: 'audit',
        },
      },
      ACCOUNT,
    );
    const other = new App({
      context: { 'aws:cdk:bundling-stacks': [] },
      builtinCloudFormationValidation: false,
    });
    const built = buildRentan(other, strict, {
      env: { account: ACCOUNT, region: REGION },
      lambdaEntry: LAMBDA_ENTRY,
      addinDir: join(tmpdir(), 'rentan-no-such-build'),
    });
    other.synth();
    const identity = Template.fromStack(built.identity);
    identity.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' },
    });
    const groups = Object.values(identity.findResources('AWS::Cognito::UserPoolGroup')).map(
      (g) => g.Properties.GroupName,
    );
    expect(groups).toContain('regency:6107');
    expect(groups).not.toContain('regency:6203');
    expect(built.release.stackName).toBe('Rentan-prod-Release');

    const release = Template.fromStack(built.release);
    const { props } = onlyResource(release, 'Custom::CDKBucketDeployment');
    expect(props['SourceObjectKeys']).toHaveLength(2);
    Annotations.fromStack(built.release).hasWarning('*', Match.stringLikeRegexp('npm run build:addin'));
  }, 120_000);
});

it('refuses to build without a concrete account and region, saying how to get them', () => {
  const bare = new App();
  expect(() => buildRentan(bare, config, {})).toThrow(/npm run synth/);
  expect(() => buildRentan(bare, config, { env: { account: ACCOUNT, region: 'Jakarta' } })).toThrow(
    InputError,
  );
  expect(bare.node.children).toHaveLength(0);
});

it('names every stack after the stage so deployments can share an account', () => {
  expect(Object.values(stacks).map((s: Stack) => s.stackName)).toEqual([
    'Rentan-test-Data',
    'Rentan-test-Hosting',
    'Rentan-test-Identity',
    'Rentan-test-Api',
    'Rentan-test-Release',
  ]);
});
