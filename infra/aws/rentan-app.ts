/**
 * The whole deployment: five stacks for one stage, wired together. bin/app.ts calls this with
 * the real App; tests call it with an App whose bundling is skipped.
 */
import { Validations, type App, type Environment } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { InputError } from '../../shared/errors';
import { ApiStack } from './api-stack';
import type { DeploymentConfig } from './config';
import { DataStack } from './data-stack';
import { HostingStack, addinBucketName } from './hosting-stack';
import { IdentityStack } from './identity-stack';
import { manifestId } from './manifest-id';
import { acknowledgeFindings } from './nag-findings';
import { ReleaseStack } from './release-stack';

export interface RentanOptions {
  readonly env?: Environment;
  /** The backend entry file, if not functions/lambda.ts. */
  readonly lambdaEntry?: string;
  /** The built add-in folder, if not dist/addin. */
  readonly addinDir?: string;
  readonly manifestVersion?: string;
}

export interface RentanStacks {
  readonly data: DataStack;
  readonly hosting: HostingStack;
  readonly identity: IdentityStack;
  readonly api: ApiStack;
  readonly release: ReleaseStack;
}

const CROSS_STACK_REFERENCES = '@aws-cdk/core:defaultCrossStackReferences';

export function stackName(stage: string, concern: string): string {
  return `Rentan-${stage}-${concern}`;
}

export function buildRentan(app: App, config: DeploymentConfig, options: RentanOptions = {}): RentanStacks {
  const account = options.env?.account;
  const region = options.env?.region;
  // Concrete names keep bucket names and acknowledged findings exact; `npm run synth` supplies
  // a dummy account offline, `cdk deploy` the real one from the credentials.
  if (
    account === undefined ||
    !/^\d{12}$/.test(account) ||
    region === undefined ||
    !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)
  ) {
    throw new InputError(
      'env',
      `Rentan needs a concrete AWS account and region (got ${account ?? 'none'} / ${region ?? 'none'}): ` +
        'deploy with AWS credentials configured, or synthesise with `npm run synth`, which sets dummy ones.',
    );
  }
  const env: Environment = { account, region };
  // Plain CloudFormation exports between the stacks: the referenced values (table, pool, client,
  // distribution) live as long as the deployment, and exports work in every region.
  if (app.node.tryGetContext(CROSS_STACK_REFERENCES) === undefined && app.node.children.length === 0) {
    app.node.setContext(CROSS_STACK_REFERENCES, 'strong');
  }
  const common = (concern: string) => ({
    env,
    stackName: stackName(config.stage, concern),
    description: `Rentan ${config.stage}: ${concern.toLowerCase()}`,
    tags: { project: 'rentan', stage: config.stage },
  });

  const data = new DataStack(app, stackName(config.stage, 'Data'), common('Data'));
  const bucketName = addinBucketName(config.stage, account, region);
  const hosting = new HostingStack(app, stackName(config.stage, 'Hosting'), {
    ...common('Hosting'),
    bucketName,
  });
  const identity = new IdentityStack(app, stackName(config.stage, 'Identity'), {
    ...common('Identity'),
    config,
    addinOrigin: hosting.origin,
  });
  const api = new ApiStack(app, stackName(config.stage, 'Api'), {
    ...common('Api'),
    config,
    table: data.table,
    issuer: identity.issuer,
    audience: identity.client.userPoolClientId,
    addinOrigin: hosting.origin,
    ...(options.lambdaEntry === undefined ? {} : { entry: options.lambdaEntry }),
  });
  const release = new ReleaseStack(app, stackName(config.stage, 'Release'), {
    ...common('Release'),
    stage: config.stage,
    bucketName,
    distribution: hosting.distribution,
    addinOrigin: hosting.origin,
    apiUrl: api.url,
    issuer: identity.issuer,
    clientId: identity.client.userPoolClientId,
    signInUrl: identity.domain.baseUrl(),
    manifestId: manifestId(config.stage, account),
    ...(options.manifestVersion === undefined ? {} : { manifestVersion: options.manifestVersion }),
    ...(options.addinDir === undefined ? {} : { addinDir: options.addinDir }),
  });

  // The bucket is addressed by name, not by reference: make the order explicit.
  release.addStackDependency(hosting);

  const stacks = { data, hosting, identity, api, release };
  // AWS Solutions checks run at every synth (npm run synth, deploy, the tests); a finding that
  // is neither fixed nor acknowledged with a reason fails the synth.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  acknowledgeFindings(stacks, { bucketName, account, region });
  return stacks;
}
