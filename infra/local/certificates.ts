import { existsSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { generateCertificates } from 'office-addin-dev-certs';

export interface DevCertificates {
  /** PEM private key and certificate of localhost / 127.0.0.1, for every HTTPS server. */
  readonly key: string;
  readonly cert: string;
  /** PEM of the CA that signed `cert`: what the browser (and our own fetches) must trust. */
  readonly ca: string;
  readonly dir: string;
  /** True when this call made new certificates (the old ones were missing, expired or foreign). */
  readonly generated: boolean;
}

/**
 * The folder office-addin-dev-certs uses by default. Sharing it means that running
 * `npx office-addin-dev-certs install` once (which trusts the CA in this folder) also makes the
 * browser and Excel trust `npm start`.
 */
export const DEFAULT_CERTIFICATE_DIR = join(homedir(), '.office-addin-dev-certs');

const FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' } as const;
/** Certificates are made for 30 days (the package default); renew when less than a day is left. */
const VALIDITY_DAYS = 30;
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;
/** A certificate made a moment ago starts after `now` was read; allow for that (and small clock skew). */
const NOT_BEFORE_SLACK_MS = 5 * 60 * 1000;

/**
 * Reuses valid localhost certificates from `dir`, or generates new ones there with
 * office-addin-dev-certs' generate step only: it works offline and never touches the system trust
 * store (so it never waits on a password prompt). Trusting the CA is a separate, explicit step.
 */
export async function devCertificates(
  dir = DEFAULT_CERTIFICATE_DIR,
  now = new Date(),
): Promise<DevCertificates> {
  const paths = { ca: join(dir, FILES.ca), cert: join(dir, FILES.cert), key: join(dir, FILES.key) };
  let generated = false;
  if (!usable(paths, now)) {
    // generateCertificates writes nothing when a CA file exists, so clear stale files first
    // (only these three names: the folder may hold other tools' files).
    for (const path of Object.values(paths)) rmSync(path, { force: true });
    await generateCertificates(paths.ca, paths.cert, paths.key, VALIDITY_DAYS, ['127.0.0.1', 'localhost']);
    generated = true;
    if (!usable(paths, now))
      throw new Error(`Generated certificates in ${dir} are not usable; delete the folder and retry.`);
  }
  return {
    key: readFileSync(paths.key, 'utf8'),
    cert: readFileSync(paths.cert, 'utf8'),
    ca: readFileSync(paths.ca, 'utf8'),
    dir,
    generated,
  };
}

/** All three files present, the certificate signed by the CA, naming localhost, valid for a day more. */
function usable(paths: { ca: string; cert: string; key: string }, now: Date): boolean {
  if (!Object.values(paths).every((p) => existsSync(p))) return false;
  try {
    const ca = new X509Certificate(readFileSync(paths.ca));
    const cert = new X509Certificate(readFileSync(paths.cert));
    const stillValid = (c: X509Certificate) =>
      new Date(c.validFrom).getTime() - now.getTime() <= NOT_BEFORE_SLACK_MS &&
      new Date(c.validTo).getTime() - now.getTime() > RENEW_BEFORE_MS;
    return (
      cert.verify(ca.publicKey) &&
      cert.checkHost('localhost') !== undefined &&
      stillValid(cert) &&
      stillValid(ca) &&
      cert.checkPrivateKey(createPrivateKey(readFileSync(paths.key)))
    );
  } catch {
    return false;
  }
}
