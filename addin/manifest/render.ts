/**
 * Fills the manifest template for one deployment. Pure (no I/O, no clock) so the vite build,
 * the local stack and the CDK stack (with its CloudFront URL) all produce the same manifest
 * from the same inputs.
 */
import { InputError, describe } from '../../shared/errors';
import { MANIFEST_TEMPLATE } from './template';

export interface ManifestOptions {
  /** Where `dist/addin/` is served, e.g. https://localhost:3000 or https://d123.cloudfront.net/addin */
  baseUrl: string;
  /** The add-in's GUID; keep it stable per deployment, Office keys settings and trust by it. */
  id?: string;
  /** Four-part version a.b.c.d; Office re-reads the manifest when it grows. */
  version?: string;
  displayName?: string;
  /** Other origins the task pane may navigate to or call (the API, the sign-in issuer). */
  appDomains?: string[];
}

/** The id used when none is given: one fixed GUID, so re-rendering never makes a "new" add-in. */
export const DEFAULT_MANIFEST_ID = 'ebbfca6d-6291-47b0-bb96-ff98945baeb6';
export const DEFAULT_MANIFEST_VERSION = '1.0.0.0';
export const DEFAULT_DISPLAY_NAME = 'Rentan';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
/** Office caps DisplayName at 125 characters. */
const MAX_DISPLAY_NAME = 125;

export function renderManifest(options: ManifestOptions): string {
  const baseUrl = httpsOrigin('baseUrl', options.baseUrl, true);
  const id = options.id ?? DEFAULT_MANIFEST_ID;
  if (!GUID.test(id))
    throw new InputError('id', `id must be a GUID like ${DEFAULT_MANIFEST_ID}, got ${describe(id)}.`);
  const version = options.version ?? DEFAULT_MANIFEST_VERSION;
  if (!VERSION.test(version)) {
    throw new InputError('version', `version must have four numbers like 1.0.0.0, got ${describe(version)}.`);
  }
  const displayName = (options.displayName ?? DEFAULT_DISPLAY_NAME).trim();
  if (displayName === '' || displayName.length > MAX_DISPLAY_NAME) {
    throw new InputError('displayName', `displayName must be 1 to ${MAX_DISPLAY_NAME} characters.`);
  }
  const domains = [...new Set((options.appDomains ?? []).map((d) => httpsOrigin('appDomains', d, false)))];
  const appDomains =
    domains.length === 0
      ? ''
      : `  <AppDomains>\n${domains.map((d) => `    <AppDomain>${escapeXml(d)}</AppDomain>\n`).join('')}  </AppDomains>\n`;

  const values: Record<string, string> = {
    BASE_URL: escapeXml(baseUrl),
    ID: id.toLowerCase(),
    VERSION: version,
    DISPLAY_NAME: escapeXml(displayName),
    APP_DOMAINS: appDomains,
  };
  return MANIFEST_TEMPLATE.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    // A placeholder without a value is a template bug; failing here beats shipping "{{X}}" to Office.
    if (value === undefined) throw new Error(`Manifest template placeholder ${whole} has no value.`);
    return value;
  });
}

/**
 * An https URL without a trailing slash (Office loads add-ins over https only). With `keepPath`
 * the path stays (a CloudFront prefix such as /addin); otherwise only the origin is kept.
 */
function httpsOrigin(field: string, raw: string, keepPath: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new InputError(field, `${field} must be an absolute https URL, got ${describe(raw)}.`);
  }
  if (parsed.protocol !== 'https:') {
    throw new InputError(field, `${field} must use https (Office refuses http), got ${describe(raw)}.`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new InputError(
      field,
      `${field} must not carry a query, fragment or credentials: ${describe(raw)}.`,
    );
  }
  return keepPath ? `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}` : parsed.origin;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
