/**
 * Add-in hosting: a private S3 bucket behind CloudFront. Only CloudFront may read the bucket
 * (origin access control), viewers must use HTTPS, and every response carries security headers
 * that still let Office frame the task pane.
 *
 * The files themselves are published by ReleaseStack, because they need the API URL and the
 * Cognito client, which in turn need this distribution's origin.
 */
import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { OFFICE_FRAME_ANCESTORS } from './office-hosts';

export interface HostingStackProps extends StackProps {
  /** A fixed, globally unique bucket name (see addinBucketName). */
  readonly bucketName: string;
}

/**
 * The bucket gets a predictable name (stage, account, region) so the release stack can address
 * it without a cross-stack export, and so its IAM findings can be acknowledged by exact name.
 */
export function addinBucketName(stage: string, account: string, region: string): string {
  return `rentan-${stage}-addin-${account}-${region}`;
}

export class HostingStack extends Stack {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<id>.cloudfront.net`: the add-in's origin, for CORS and OAuth callbacks. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: HostingStackProps) {
    super(scope, id, props);

    this.bucket = new Bucket(this, 'AddinBucket', {
      bucketName: props.bucketName,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      // SSE-S3 rather than KMS: CloudFront's origin access control can read SSE-S3 objects with
      // no key policy, and these are public static files (HTML, JS, icons), not personal data.
      encryption: BucketEncryption.S3_MANAGED,
      // Retained by default (a bucket with objects cannot be deleted by CloudFormation); the
      // files are rebuilt from source, so an administrator may empty and delete it by hand.
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Rentan add-in: HSTS, nosniff, referrer policy; framing allowed only for Office hosts',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        // No frameOptions on purpose: X-Frame-Options has no allow-list, and DENY/SAMEORIGIN
        // would stop Excel on the web from showing the pane. frame-ancestors does the job.
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(),
          override: true,
        },
      },
    });

    this.distribution = new Distribution(this, 'AddinDistribution', {
      comment: `Rentan add-in (${this.stackName})`,
      defaultRootObject: 'taskpane.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      // PriceClass 200 includes the Asian edge locations; class 100 would serve Indonesia from
      // further away for a saving of cents on a few megabytes a month.
      priceClass: PriceClass.PRICE_CLASS_200,
    });

    this.origin = `https://${this.distribution.distributionDomainName}`;
  }
}

/**
 * Only directives that cannot break the pane's own scripts: who may frame it, and no plugins
 * or base-URL hijacking. Script and connect sources are left to the page, which loads
 * office.js from Microsoft's CDN and talks to the API and Cognito.
 */
export function contentSecurityPolicy(): string {
  return [
    `frame-ancestors 'self' ${OFFICE_FRAME_ANCESTORS.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}
