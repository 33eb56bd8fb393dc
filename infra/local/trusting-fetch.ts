import { request } from 'node:https';
import { rootCertificates } from 'node:tls';

/**
 * A small fetch over HTTPS that trusts one extra CA (the local dev CA) on top of the system's,
 * without touching the rest of the process: NODE_EXTRA_CA_CERTS would have to be set before Node
 * starts, and changing the global agent would affect every other request. The API uses it to read
 * the local issuer's JWKS; `npm start -- --smoke` uses it to check each URL. Bodies: text or form.
 */
export function fetchTrustingCa(ca: string): typeof globalThis.fetch {
  const trusted = [...rootCertificates, ca];
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'https:') throw new TypeError(`This fetch only speaks https, not ${url.protocol}`);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    let body: Buffer | undefined;
    if (init?.body instanceof URLSearchParams) {
      body = Buffer.from(init.body.toString(), 'utf8');
      if (!headers.has('content-type'))
        headers.set('content-type', 'application/x-www-form-urlencoded;charset=UTF-8');
    } else if (typeof init?.body === 'string') {
      body = Buffer.from(init.body, 'utf8');
      if (!headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8');
    } else if (init?.body != null) {
      throw new TypeError('This fetch sends text or form bodies only.');
    }
    if (body) headers.set('content-length', String(body.length));

    return new Promise<Response>((resolve, reject) => {
      const req = request(
        url,
        { method, headers: Object.fromEntries(headers), ca: trusted, signal: init?.signal ?? undefined },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
                responseHeaders.append(name, one);
              }
            }
            const status = res.statusCode ?? 502;
            const empty = method === 'HEAD' || status === 204 || status === 304;
            resolve(
              new Response(empty ? null : Buffer.concat(chunks), {
                status,
                statusText: res.statusMessage,
                headers: responseHeaders,
              }),
            );
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
}
