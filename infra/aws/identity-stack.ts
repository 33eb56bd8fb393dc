/**
 * Identity: who may sign in to Rentan, and for which regency and role.
 *
 * A Cognito user pool with one group per regency (`regency:6203`) and per role (`role:operator`,
 * `role:finance`, `role:admin`); Cognito puts a user's groups in the ID token's `cognito:groups`
 * claim, which the backend reads with shared/access.ts. Administrators create users; nobody
 * signs themselves up. The add-in signs in through the hosted UI with authorization code + PKCE
 * as a public client (a task pane cannot keep a secret).
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { ROLES, regencyGroup, roleGroup } from '../../shared/access';
import type { DeploymentConfig } from './config';

export interface IdentityStackProps extends StackProps {
  readonly config: DeploymentConfig;
  /** The add-in's origin (`https://<id>.cloudfront.net`): the only place sign-in may return to. */
  readonly addinOrigin: string;
}

/** Pages of the add-in that Cognito may redirect back to after sign-in and sign-out. */
export const CALLBACK_PATHS = ['/taskpane.html', '/auth-callback.html'] as const;
export const LOGOUT_PATH = '/taskpane.html';

export class IdentityStack extends Stack {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** The token issuer, as API Gateway and the backend verify it. */
  readonly issuer: string;
  readonly mfaRequired: boolean;

  constructor(scope: Construct, id: string, props: IdentityStackProps) {
    super(scope, id, props);
    const { config, addinOrigin } = props;
    this.mfaRequired = config.mfa === 'required';

    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `rentan-${config.stage}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      mfa: this.mfaRequired ? Mfa.REQUIRED : Mfa.OPTIONAL,
      // TOTP apps only: SMS needs an SNS spending limit and sender registration per country.
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus is the plan with threat protection (compromised-credential and risky sign-in
      // checks); at a regency's few dozen staff it costs a few dollars a month.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode:
        config.threatProtection === 'enforced'
          ? StandardThreatProtectionMode.FULL_FUNCTION
          : StandardThreatProtectionMode.AUDIT_ONLY,
      deletionProtection: true,
      // Users and their group memberships survive a stack deletion, like the table.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const groups: { name: string; description: string }[] = [
      ...config.regencies.map((code) => ({
        name: regencyGroup(code),
        description: `Staff of regency ${code}: sees and submits only this regency's rosters`,
      })),
      ...ROLES.map((role) => ({ name: roleGroup(role), description: ROLE_DESCRIPTIONS[role] })),
    ];
    for (const group of groups) {
      // Construct ids may not contain ':', the group names do.
      new CfnUserPoolGroup(this, `Group-${group.name.replace(':', '-')}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: group.name,
        description: group.description,
      });
    }

    this.client = this.userPool.addClient('AddinClient', {
      userPoolClientName: `rentan-${config.stage}-addin`,
      generateSecret: false,
      // The hosted UI needs no explicit flow; SRP (the password never leaves the device) is
      // allowed for a future in-pane sign-in. The plain-password flow stays off.
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: CALLBACK_PATHS.map((path) => `${addinOrigin}${path}`),
        logoutUrls: [`${addinOrigin}${LOGOUT_PATH}`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // One working day: staff sign in each morning.
      refreshTokenValidity: Duration.hours(12),
    });

    this.domain = this.userPool.addDomain('HostedDomain', {
      cognitoDomain: { domainPrefix: config.domainPrefix },
    });

    this.issuer = `https://cognito-idp.${this.region}.amazonaws.com/${this.userPool.userPoolId}`;

    // What an administrator needs for the aws cognito-idp commands in the README.
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'AddinClientId', { value: this.client.userPoolClientId });
    new CfnOutput(this, 'SignInUrl', { value: this.domain.baseUrl() });
  }
}

const ROLE_DESCRIPTIONS: Record<(typeof ROLES)[number], string> = {
  operator: 'Dinas Sosial staff: compile, upload and submit rosters',
  finance: 'Finance staff: read costs and summaries',
  admin: 'Administrators: everything within their regency, including import of KPJ numbers',
};
