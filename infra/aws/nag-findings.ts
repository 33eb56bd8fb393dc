/**
 * The cdk-nag AwsSolutions findings Rentan accepts, each on the narrowest construct and with the
 * reason in one line. Anything not listed here fails the synth.
 */
import { DefaultStackSynthesizer, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { RentanStacks } from './rentan-app';

export interface FindingContext {
  readonly bucketName: string;
  readonly account: string;
  readonly region: string;
}

export function acknowledgeFindings(stacks: RentanStacks, context: FindingContext): void {
  const { hosting, identity, api, release } = stacks;

  ack(
    hosting.bucket,
    'AwsSolutions-S1',
    'Public static add-in files only, read solely through CloudFront; no personal data to audit.',
  );
  ack(
    hosting.distribution,
    'AwsSolutions-CFR3',
    'Serves public static files; every data access is logged at the API (access log group) and in the function logs.',
  );
  ack(
    hosting.distribution,
    'AwsSolutions-CFR4',
    'The default *.cloudfront.net certificate cannot pin a minimum TLS version; Office clients use TLS 1.2+. Add a custom domain to tighten.',
  );
  ack(
    hosting.distribution,
    'AwsSolutions-CFR1',
    'Office users of a regency may travel; the files are public and hold no data.',
  );
  ack(
    hosting.distribution,
    'AwsSolutions-CFR2',
    'Static files only; WAF (about US$5+/month per ACL) adds nothing the API throttling and JWT authorizer do not.',
  );

  if (!identity.mfaRequired) {
    ack(
      identity.userPool,
      'AwsSolutions-COG2',
      'MFA (TOTP) is optional by the mfa setting: regency staff may lack a second device; set -c mfa=required to enforce.',
    );
  }

  ack(
    api.cursorSecret,
    'AwsSolutions-SMG4',
    'Signs pagination cursors only; no rotation Lambda needed, rotating by hand merely invalidates cursors in flight.',
  );

  for (const route of api.publicRoutes) {
    ack(
      route,
      'AwsSolutions-APIG4',
      'Deliberately public: health check and the API description; they read no regency data.',
    );
  }

  // BucketDeployment's provider function is CDK's own: its runtime, managed policy and wildcard
  // grants on the target and asset buckets are how it copies files.
  const provider = release.node.children.find((child) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  if (provider === undefined)
    throw new Error('The BucketDeployment provider was not found; did ReleaseStack change?');
  const why = 'CDK BucketDeployment provider, copying the add-in files into its bucket.';
  ack(provider, 'AwsSolutions-L1', `${why} Its runtime is chosen and updated by aws-cdk-lib.`);
  ack(
    provider,
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    `${why} Logging policy attached by aws-cdk-lib.`,
  );
  const qualifier =
    (release.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') as string | undefined) ??
    DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  const wildcards = [
    'Action::s3:GetObject*',
    'Action::s3:GetBucket*',
    'Action::s3:List*',
    'Action::s3:DeleteObject*',
    'Action::s3:Abort*',
    `Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-${context.account}-${context.region}/*`,
    `Resource::arn:<AWS::Partition>:s3:::${context.bucketName}/*`,
    // CloudFront invalidations cannot be scoped to a distribution ARN by this construct.
    'Resource::*',
  ];
  for (const finding of wildcards) {
    ack(
      provider,
      `AwsSolutions-IAM5[${finding}]`,
      `${why} Wildcards limited to the asset bucket and the add-in bucket.`,
    );
  }
}

function ack(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}
