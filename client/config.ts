/**
 * The first thing every client does: read where the API and the sign-in live, from the add-in's
 * origin. Web-standard fetch only, so the pane, the formulas and the CLI share it.
 */
import { CLIENT_CONFIG_PATH, ClientConfigSchema, type ClientConfig } from '../shared/contracts/config';

/** The configuration could not be read: the sentence says where and why, for the person at the keyboard. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface LoadConfigOptions {
  readonly signal?: AbortSignal;
}

/**
 * Fetches `/config.json` from `baseUrl` (the add-in's origin, e.g. `https://localhost:3000`) and
 * checks it against the shared schema, so a wrong or half-written file fails here, by name, rather
 * than as an odd URL later.
 */
export async function loadConfig(
  fetchImpl: typeof fetch,
  baseUrl: string | URL,
  options: LoadConfigOptions = {},
): Promise<ClientConfig> {
  const url = new URL(CLIENT_CONFIG_PATH, baseUrl).href;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { accept: 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ConfigError(`Could not reach ${url}: ${(error as Error).message}`, url, { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ConfigError(`${url} answered ${response.status}; is this the Rentan add-in's address?`, url);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new ConfigError(`${url} is not JSON.`, url, { cause: error });
  }
  const parsed = ClientConfigSchema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    throw new ConfigError(`${url} is not a Rentan configuration${where}: ${first?.message}`, url, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
