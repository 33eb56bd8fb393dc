/**
 * Bearer-token authentication: the OIDC issuer's ID token, verified here with jose (signature
 * against the issuer's published key set, fetched once and cached; issuer; audience; expiry).
 * The regency (tenant) and roles come from the token's `cognito:groups` claim, never from the
 * request. 401 for a missing, expired or tampered token, or one without an expiry, issue time or
 * subject; 403 for a token without a regency or without a role the route needs.
 */
import { createRemoteJWKSet, customFetch, jwtVerify, type JWTPayload } from 'jose';
import type { MiddlewareHandler } from 'hono';
import { accessFromGroups, GROUPS_CLAIM, type Role } from '../../shared/access';
import type { AuthConfig } from '../config';
import type { Actor } from '../store';
import { HttpProblem } from './problem';

export interface Caller extends Actor {
  readonly roles: readonly Role[];
}

export function authenticate(auth: AuthConfig): MiddlewareHandler {
  const keySet = createRemoteJWKSet(new URL(auth.jwksUri), {
    cacheMaxAge: 10 * 60_000,
    ...(auth.fetch ? { [customFetch]: auth.fetch } : {}),
  });

  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match)
      throw new HttpProblem('unauthenticated', 'Send your sign-in token as "Authorization: Bearer <token>".');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1] as string, keySet, {
        issuer: auth.issuer,
        audience: auth.audience,
        algorithms: ['RS256', 'PS256', 'ES256'],
        // jose checks `exp` only when present: a signed token without one would never expire.
        // Cognito and the local issuer always set all three; `sub` names the actor in audit items.
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: 5,
      }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      const detail =
        code === 'ERR_JWT_EXPIRED'
          ? 'Your sign-in has expired; sign in again.'
          : 'Your sign-in token could not be verified; sign in again.';
      throw new HttpProblem('unauthenticated', detail);
    }
    const access = accessFromGroups(payload[GROUPS_CLAIM]);
    if (!access.regency) {
      throw new HttpProblem(
        'forbidden',
        'Your account is not assigned to exactly one regency; ask an administrator.',
      );
    }
    const email = typeof payload.email === 'string' ? payload.email : undefined;
    const caller: Caller = {
      regency: access.regency,
      roles: access.roles,
      user: email ? `${payload.sub ?? ''} <${email}>` : String(payload.sub ?? 'unknown'),
    };
    c.set('caller', caller);
    await next();
  };
}

/** Refuses callers that hold none of `roles`. */
export function requireRole(...roles: Role[]): MiddlewareHandler {
  return async (c, next) => {
    const caller = c.get('caller') as Caller | undefined;
    if (!caller || !caller.roles.some((r) => roles.includes(r))) {
      throw new HttpProblem('forbidden', `This needs one of the roles: ${roles.join(', ')}.`);
    }
    await next();
  };
}
