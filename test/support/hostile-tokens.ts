/**
 * Forged bearer tokens, one per known way around JWT verification: each carries claims a real token
 * of the caller would carry, so only the forgery itself can be what the API refuses.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublicKey } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { inject } from 'vitest';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function payloadOf(claims: Record<string, unknown>): Record<string, unknown> {
  // JSON drops undefined members, so `{ aud: undefined }` yields a token without an audience.
  return JSON.parse(JSON.stringify(claims)) as Record<string, unknown>;
}

/** `alg: none` and no signature (RFC 7519 §6's unsecured JWT). */
export function unsignedToken(claims: Record<string, unknown>): string {
  return `${encode({ alg: 'none', typ: 'JWT', kid: inject('issuerSigningKey').kid })}.${encode(payloadOf(claims))}.`;
}

/** A genuine token with one bit of its signature flipped. */
export function flippedSignature(token: string): string {
  const [header, payload, signature] = token.split('.');
  const bytes = Buffer.from(signature ?? '', 'base64url');
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
  return `${header}.${payload}.${bytes.toString('base64url')}`;
}

/**
 * HS256 with the issuer's PUBLIC key as the HMAC secret: a verifier that lets the token pick the
 * algorithm and hands it "the issuer's key" would accept it. Both forms a library might hold the
 * public key in: PEM (SPKI) and the JWK as JSON.
 */
export async function publicKeyAsHmacSecret(claims: Record<string, unknown>): Promise<string[]> {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = inject('issuerSigningKey');
  const pem = createPublicKey({ key: publicJwk as import('node:crypto').JsonWebKey, format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  const sign = (secret: string) =>
    new SignJWT(payloadOf(claims))
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: publicJwk.kid })
      .sign(new TextEncoder().encode(secret));
  return Promise.all([sign(pem), sign(JSON.stringify(publicJwk))]);
}

/** A key pair the issuer never had, with its public half as a JWK. */
export interface StrangerKey {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function strangerKey(): Promise<StrangerKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), alg: 'RS256', use: 'sig' } };
}

/**
 * Signed by the stranger's key, with header members that point a careless verifier at that key:
 * `{}` (the issuer's own `kid` only), `jwk` (the key embedded in the token) or `jku` (a key set URL).
 */
export function signAsStranger(
  claims: Record<string, unknown>,
  key: StrangerKey,
  header: { jwk?: JWK; jku?: string; kid?: string } = {},
): Promise<string> {
  return new SignJWT(payloadOf(claims))
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: inject('issuerSigningKey').kid, ...header })
    .sign(key.privateKey);
}

/** A key-set server a `jku` header can point at; it counts every request, which must stay 0. */
export interface KeySetServer {
  url: string;
  requests(): number;
  stop(): Promise<void>;
}

export async function keySetServer(keys: JWK[]): Promise<KeySetServer> {
  let requests = 0;
  const server: Server = createServer((_req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    requests: () => requests,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
