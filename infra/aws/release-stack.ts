/**
 * Release: what the add-in's bucket serves. The built files from `dist/addin/`, plus the two
 * files only a deployment can write:
 *   config.json   where this deployment's API and sign-in live (shared/contracts/config.ts),
 *                 read by the add-in and the CLI at start;
 *   manifest.xml  the Office manifest rendered with this deployment's URLs, to sideload or to
 *                 upload in the Microsoft 365 admin center.
 * Kept apart from HostingStack because these values come from the API and identity stacks,
 * which themselves need the hosting origin.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Annotations, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source, type ISource } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { renderManifest } from '../../addin/manifest/render';
import { ADDIN_FILES } from '../../addin/manifest/files';
import { CLIENT_CONFIG_PATH, type ClientConfig } from '../../shared/contracts/config';
import { CALLBACK_PATHS, LOGOUT_PATH } from './identity-stack';

/** Where `npm run build:addin` writes the add-in. */
export const ADDIN_DIST = fileURLToPath(new URL('../../dist/addin', import.meta.url));
/** The client configuration's file in the bucket, served at CLIENT_CONFIG_PATH. */
export const CONFIG_FILE = CLIENT_CONFIG_PATH.slice(1);

export interface ReleaseStackProps extends StackProps {
  readonly stage: string;
  readonly bucketName: string;
  readonly distribution: Distribution;
  readonly addinOrigin: string;
  readonly apiUrl: string;
  readonly issuer: string;
  readonly clientId: string;
  /** `https://<prefix>.auth.<region>.amazoncognito.com`: the hosted sign-in pages. */
  readonly signInUrl: string;
  readonly manifestId: string;
  readonly manifestVersion?: string;
  readonly addinDir?: string;
}

export class ReleaseStack extends Stack {
  readonly manifestUrl: string;
  readonly publish: BucketDeployment;

  constructor(scope: Construct, id: string, props: ReleaseStackProps) {
    super(scope, id, props);
    const addinDir = props.addinDir ?? ADDIN_DIST;

    // Tokens until deployment, so the schema cannot check it here; the stack tests parse it.
    const clientConfig: ClientConfig = {
      stage: props.stage,
      apiUrl: props.apiUrl,
      auth: {
        issuer: props.issuer,
        clientId: props.clientId,
        redirectUris: CALLBACK_PATHS.map((path) => `${props.addinOrigin}${path}`),
        scopes: ['openid', 'email', 'profile'],
        logoutUri: `${props.addinOrigin}${LOGOUT_PATH}`,
        signInUrl: props.signInUrl,
      },
    };

    const sources: ISource[] = [
      Source.jsonData(CONFIG_FILE, clientConfig),
      Source.data(ADDIN_FILES.manifest, deployedManifest(props)),
    ];
    if (existsSync(addinDir)) {
      // The build's own manifest.xml points at localhost; the one rendered above replaces it.
      sources.unshift(Source.asset(addinDir, { exclude: [ADDIN_FILES.manifest, CONFIG_FILE] }));
    } else {
      Annotations.of(this).addWarningV2(
        'rentan:addin-not-built',
        `${addinDir} is missing: only ${CONFIG_FILE} and ${ADDIN_FILES.manifest} will be published. ` +
          'Run `npm run build:addin` before `npm run deploy` (npm run synth and deploy do it for you).',
      );
    }

    this.publish = new BucketDeployment(this, 'Publish', {
      destinationBucket: Bucket.fromBucketName(this, 'AddinBucket', props.bucketName),
      sources,
      // Files dropped from the build disappear from the site too.
      prune: true,
      // Office and browsers must see the new files (and the new config) at once.
      distribution: props.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      // Browsers and Office may keep a file five minutes; CloudFront is invalidated on every
      // deploy. Short enough that a fixed config.json reaches everyone within minutes.
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.minutes(5))],
    });

    this.manifestUrl = `${props.addinOrigin}/${ADDIN_FILES.manifest}`;
    new CfnOutput(this, 'AddinUrl', { value: props.addinOrigin, description: 'Where the add-in is served' });
    new CfnOutput(this, 'ManifestUrl', {
      value: this.manifestUrl,
      description: 'The Office manifest for this deployment: download it to sideload or publish',
    });
    new CfnOutput(this, 'ConfigUrl', { value: `${props.addinOrigin}${CLIENT_CONFIG_PATH}` });
  }
}

// renderManifest checks that its URLs are https origins, which a CloudFormation token is not
// until deployment; so render with stand-in origins and swap the tokens in afterwards.
const STAND_INS = {
  addin: 'https://addin.rentan.invalid',
  api: 'https://api.rentan.invalid',
  signIn: 'https://signin.rentan.invalid',
} as const;

function deployedManifest(props: ReleaseStackProps): string {
  const xml = renderManifest({
    baseUrl: STAND_INS.addin,
    appDomains: [STAND_INS.api, STAND_INS.signIn],
    id: props.manifestId,
    displayName:
      props.stage === 'prod' || props.stage === 'production' ? 'Rentan' : `Rentan (${props.stage})`,
    ...(props.manifestVersion === undefined ? {} : { version: props.manifestVersion }),
  });
  return xml
    .split(STAND_INS.addin)
    .join(props.addinOrigin)
    .split(STAND_INS.api)
    .join(props.apiUrl)
    .split(STAND_INS.signIn)
    .join(props.signInUrl);
}
