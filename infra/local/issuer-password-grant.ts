import { errors, type OidcContext } from 'oidc-provider';
import type { DemoAccount } from './demo-accounts';
import { accountClaims, checkPassword } from './issuer-accounts';

/** The standard name of the resource-owner password grant (RFC 6749 §4.3). */
export const PASSWORD_GRANT = 'password';
export const PASSWORD_GRANT_PARAMETERS = ['username', 'password', 'scope'] as const;

/**
 * A token-endpoint handler for the password grant, for the demo accounts only: it lets the curl
 * walk-through and the tests get an ID token without a browser. It answers with the ID token alone
 * (the API's bearer token); no access or refresh token is minted. The add-in uses authorization
 * code + PKCE instead; nothing like this exists in Cognito's configuration for production.
 */
export function passwordGrant(
  accounts: readonly DemoAccount[],
  supportedScopes: readonly string[],
  idTokenTtlSeconds: number,
) {
  return async function handlePasswordGrant(ctx: OidcContext): Promise<void> {
    const { username, password } = ctx.oidc.params;
    if (typeof username !== 'string' || username === '' || typeof password !== 'string' || password === '') {
      throw new errors.InvalidRequest('the password grant needs both username and password');
    }
    const account = checkPassword(accounts, username, password);
    if (!account) throw new errors.InvalidGrant('wrong username or password');

    const requested =
      typeof ctx.oidc.params.scope === 'string' ? ctx.oidc.params.scope : 'openid email profile';
    const scopes = requested.split(' ').filter(Boolean);
    const unknown = scopes.filter((s) => !supportedScopes.includes(s));
    if (unknown.length > 0)
      throw new errors.InvalidScope(`unsupported scope: ${unknown.join(' ')}`, unknown.join(' '));
    if (!scopes.includes('openid')) {
      throw new errors.InvalidScope(
        'the password grant issues ID tokens only: include the openid scope',
        'openid',
      );
    }

    const idToken = new ctx.oidc.provider.IdToken(
      { ...accountClaims(account), auth_time: Math.floor(Date.now() / 1000) },
      { ctx },
    );
    idToken.scope = scopes.join(' ');
    const jwt = await idToken.issue({ use: 'idtoken' });
    ctx.body = { id_token: jwt, token_type: 'Bearer', expires_in: idTokenTtlSeconds, scope: idToken.scope };
  };
}
