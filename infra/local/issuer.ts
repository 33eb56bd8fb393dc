import { randomBytes } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type OidcClient } from 'oidc-provider';
import { InputError } from '../../shared/errors';
import type { DemoAccount } from './demo-accounts';
import { accountClaims } from './issuer-accounts';
import { loginHandler } from './issuer-login';
import { PASSWORD_GRANT, PASSWORD_GRANT_PARAMETERS, passwordGrant } from './issuer-password-grant';
import { PortTakenError } from './ports';

/**
 * Lifetimes, in seconds. Short, because this issuer is for development: a token that expires during
 * a coffee break exercises the add-in's sign-in-again path. The ID token is the API's bearer token.
 */
export interface IssuerTtl {
  idToken: number;
  authorizationCode: number;
  interaction: number;
  session: number;
}

export const DEFAULT_ISSUER_TTL: IssuerTtl = {
  idToken: 30 * 60,
  authorizationCode: 60,
  interaction: 10 * 60,
  session: 60 * 60,
};

export interface IssuerOptions {
  /** Default: a free port. */
  port?: number;
  /** The address to listen on. Default 127.0.0.1: the issuer is never reachable from the network. */
  hostname?: string;
  /** The host name in the issuer URL. Default: `localhost` over HTTPS (the dev certificate's name), else `hostname`. */
  publicHost?: string;
  /** PEM key and certificate; omitted → plain HTTP (tests). */
  tls?: { key: string; cert: string };
  /** The add-in's public client id: the `aud` of every ID token. */
  clientId: string;
  /**
   * More public clients, each another audience: the issuer signs their ID tokens with the same key,
   * so a test can present a genuinely signed token the API must still refuse (wrong `aud`).
   */
  otherClientIds?: readonly string[];
  redirectUris: string[];
  accounts: readonly DemoAccount[];
  /** A private RS256 JWK to sign with; omitted → a fresh key pair (never written to disk). */
  signingKey?: JWK;
  ttl?: Partial<IssuerTtl>;
}

export interface LocalIssuer {
  /** The issuer identifier, the `iss` of its tokens. No trailing slash. */
  readonly issuer: string;
  readonly jwksUri: string;
  readonly tokenEndpoint: string;
  readonly authorizationEndpoint: string;
  /** The private signing key, so tests can craft tokens the API must accept or refuse on other grounds. */
  readonly signingKey: JWK;
  stop(): Promise<void>;
}

/** Claims per scope, as Cognito groups them; `cognito:groups` comes with `openid`, as in Cognito. */
const CLAIMS = {
  openid: ['sub', 'cognito:username', 'cognito:groups'],
  email: ['email', 'email_verified'],
  profile: ['name'],
};
/** The scopes the issuer knows, which the client configuration offers the add-in. */
export const SCOPES = Object.keys(CLAIMS);

/**
 * A real OpenID Connect issuer (oidc-provider) with the demo accounts: discovery, JWKS,
 * authorization code + PKCE for the add-in (a public client), and the password grant for the demo
 * accounts only. The API verifies its ID tokens exactly as it verifies Cognito's.
 */
export async function startIssuer(options: IssuerOptions): Promise<LocalIssuer> {
  const { clientId, redirectUris, accounts, tls, hostname = '127.0.0.1', otherClientIds = [] } = options;
  if (typeof clientId !== 'string' || clientId.trim() === '') {
    throw new InputError('clientId', 'The issuer needs the add-in client id (a non-empty text).');
  }
  const clientIds = [clientId, ...otherClientIds];
  if (
    !otherClientIds.every((id) => typeof id === 'string' && id.trim() !== '') ||
    new Set(clientIds).size !== clientIds.length
  ) {
    throw new InputError(
      'otherClientIds',
      'Each other client id is a non-empty text, unlike the add-in client id and each other.',
    );
  }
  if (!Array.isArray(redirectUris) || redirectUris.length === 0 || !redirectUris.every(isUrl)) {
    throw new InputError(
      'redirectUris',
      'The issuer needs at least one absolute redirect URI for the add-in.',
    );
  }
  if (!Array.isArray(accounts) || accounts.length === 0) {
    throw new InputError('accounts', 'The issuer needs at least one demo account to sign in with.');
  }
  const ttl = { ...DEFAULT_ISSUER_TTL, ...options.ttl };
  const signingKey = options.signingKey ?? (await newSigningKey());

  // Listen first: with port 0 the issuer URL (which names the port) is known only afterwards.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server: Server = tls
    ? createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => handle(req, res))
    : createHttpServer((req, res) => handle(req, res));
  const port = await listen(server, options.port ?? 0, hostname);
  const publicHost = options.publicHost ?? (tls ? 'localhost' : hostname);
  const issuer = `${tls ? 'https' : 'http'}://${publicHost}:${port}`;

  const byUsername = new Map(accounts.map((a) => [a.username, a]));
  const provider = new Provider(issuer, {
    clients: clientIds.map((id) => ({
      client_id: id,
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', PASSWORD_GRANT],
      response_types: ['code'],
      redirect_uris: redirectUris,
      id_token_signed_response_alg: 'RS256',
    })),
    jwks: { keys: [signingKey] },
    // Cookie signing keys: random per start, so a restart simply ends every session.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: CLAIMS,
    scopes: SCOPES,
    responseTypes: ['code'],
    // The ID token is the API's bearer token, so it carries the profile and groups even in the
    // code flow (oidc-provider would otherwise keep them for the userinfo endpoint).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = byUsername.get(sub);
      return account && { accountId: sub, claims: () => accountClaims(account) };
    },
    // The add-in's task pane calls the token endpoint from its own origin.
    clientBasedCORS: (_ctx: unknown, origin: string, client: OidcClient) =>
      client.redirectUris.some((uri) => new URL(uri).origin === origin),
    ttl: {
      IdToken: ttl.idToken,
      AuthorizationCode: ttl.authorizationCode,
      Interaction: ttl.interaction,
      Session: ttl.session,
      Grant: ttl.session,
      AccessToken: ttl.idToken,
    },
  });
  provider.registerGrantType(
    PASSWORD_GRANT,
    passwordGrant(accounts, SCOPES, ttl.idToken),
    PASSWORD_GRANT_PARAMETERS,
  );
  provider.on('server_error', (_ctx, error) => console.error('Local issuer error:', error));

  const login = loginHandler(provider, accounts);
  const oidc = provider.callback();
  handle = (req, res) => {
    login(req, res).then(
      (handled) => {
        if (!handled) oidc(req, res);
      },
      (error: unknown) => {
        console.error('Local issuer sign-in page error:', error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Sign-in failed; see the console of npm start.');
      },
    );
  };

  return {
    issuer,
    jwksUri: provider.urlFor('jwks'),
    tokenEndpoint: provider.urlFor('token'),
    authorizationEndpoint: provider.urlFor('authorization'),
    signingKey,
    stop: () => close(server),
  };
}

/** A fresh RS256 key pair as a private JWK with a thumbprint key id. */
export async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' };
}

function listen(server: Server, port: number, hostname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortTakenError(
              `Port ${port} (OIDC issuer) is already in use. Stop whatever uses it, or choose another port with RENTAN_ISSUER_PORT=<port>.`,
            )
          : error,
      ),
    );
    server.listen(port, hostname, () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    // Keep-alive connections from fetch would otherwise hold the server open.
    server.closeAllConnections();
  });
}

function isUrl(value: unknown): boolean {
  return typeof value === 'string' && URL.canParse(value);
}
